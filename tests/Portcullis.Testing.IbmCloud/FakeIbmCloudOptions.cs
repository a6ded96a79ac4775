namespace Portcullis.Testing.IbmCloud;

/// <summary>How the fake behaves when nothing goes wrong.</summary>
public sealed record FakeIbmCloudOptions
{
    /// <summary>The one API key IAM accepts.</summary>
    public string ApiKey { get; init; } = "fake-apikey-0b7f3c9e51d24a86b1e2c7d9a4f60358";

    /// <summary>The most items on a page, whatever <c>limit</c> asks: small, so that every list of a small file is paged.</summary>
    public int MaxPageSize { get; init; } = 2;

    /// <summary>The <c>expires_in</c> of the tokens IAM issues.</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromHours(1);
}
