using System.Text;

namespace Portcullis.Collect.Internal.Http;

/// <summary>Builds API URLs: a path below a base URL, with escaped query parameters.</summary>
internal static class ApiUrl
{
    /// <summary><paramref name="path"/> below <paramref name="baseUrl"/> with the query parameters that have a value.</summary>
    public static Uri Build(Uri baseUrl, string path, params (string Name, string? Value)[] query)
    {
        var url = IbmCloudEndpoints.Below(baseUrl, path);
        var text = new StringBuilder(url.AbsoluteUri);
        var separator = '?';
        foreach (var (name, value) in query)
        {
            if (value is not null)
            {
                text.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
                separator = '&';
            }
        }

        return new Uri(text.ToString());
    }

    /// <summary>The URL with one more query parameter.</summary>
    public static Uri WithQuery(Uri url, string name, string value)
    {
        var separator = string.IsNullOrEmpty(url.Query) ? '?' : '&';
        return new Uri(url.AbsoluteUri + separator + Uri.EscapeDataString(name) + "=" + Uri.EscapeDataString(value));
    }

    /// <summary>A path segment (an id from an answer), escaped.</summary>
    public static string Segment(string id) => Uri.EscapeDataString(id);
}
