namespace Portcullis.Probing;

/// <summary>The HTTP answer and what was checked on it.</summary>
/// <param name="Request">The request line as sent, such as <c>GET /version</c>.</param>
/// <param name="StatusCode">The status code.</param>
/// <param name="ReasonPhrase">The status text, such as <c>No Content</c>.</param>
/// <param name="Elapsed">From sending the request to reading the checked part of the body.</param>
public sealed record HttpObservation(string Request, int StatusCode, string ReasonPhrase, TimeSpan Elapsed)
{
    /// <summary>The HTTP version of the answer, such as <c>1.1</c>.</summary>
    public string Version { get; init; } = "1.1";

    /// <summary>The <c>Content-Type</c> of the answer, or <see langword="null"/>.</summary>
    public string? ContentType { get; init; }

    /// <summary>How many bytes of the body were read (at most <see cref="HttpCheck.MaxBodyBytes"/>).</summary>
    public int BodyBytesRead { get; init; }

    /// <summary>The status check as done: <c>204 is one of 200,204</c>.</summary>
    public string StatusCheck { get; init; } = string.Empty;

    /// <summary>The body check as done (<c>JSON gitVersion = "v1.30.4+IKS"</c>), or <see langword="null"/> when none was asked.</summary>
    public string? BodyCheck { get; init; }
}
