namespace Portcullis.Collect.Internal.Http;

/// <summary>One API request: a GET with the bearer token, or the form POST that asks IAM for one.</summary>
/// <param name="Method">GET or POST.</param>
/// <param name="Url">The URL with its query.</param>
/// <param name="Form">The form fields of a POST, or <see langword="null"/>.</param>
/// <param name="IsTokenRequest">Whether this is the IAM token request (no bearer token; a 4xx means the key is refused).</param>
internal sealed record ApiRequest(HttpMethod Method, Uri Url, IReadOnlyList<KeyValuePair<string, string>>? Form = null, bool IsTokenRequest = false)
{
    /// <summary>The call as messages name it: method and URL without the query (which holds only paging and version).</summary>
    public string Call => $"{Method.Method} {Url.GetLeftPart(UriPartial.Path)}";

    /// <summary>A GET of <paramref name="url"/>.</summary>
    public static ApiRequest Get(Uri url) => new(HttpMethod.Get, url);
}
