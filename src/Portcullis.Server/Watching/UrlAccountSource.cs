using System.Net.Http.Headers;
using Portcullis.Server.Configuration;
using Portcullis.Storage;

namespace Portcullis.Server.Watching;

/// <summary>Fetches an account's configuration from a URL (an artifact store, a collector service), with a bearer token if one is configured.</summary>
public sealed class UrlAccountSource : IAccountSource
{
    private readonly HttpClient _client;
    private readonly Uri _url;
    private readonly SecretReference? _token;
    private readonly Func<string, string?> _variables;
    private readonly long _maxBytes;

    /// <summary>A source fetching <paramref name="url"/>.</summary>
    /// <param name="client">The HTTP client.</param>
    /// <param name="url">The URL.</param>
    /// <param name="token">Where the bearer token is, or <see langword="null"/>.</param>
    /// <param name="variables">Reads environment variables.</param>
    /// <param name="maxBytes">The largest configuration accepted.</param>
    public UrlAccountSource(HttpClient client, Uri url, SecretReference? token, Func<string, string?> variables, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(variables);
        _client = client;
        _url = url;
        _token = token;
        _variables = variables;
        _maxBytes = maxBytes;
    }

    /// <inheritdoc />
    public async Task<AccountSnapshot> FetchAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _url);
        if (_token is not null)
        {
            if (!_token.TryRead(_variables, out var token, out var problem))
            {
                throw new AccountSourceException(problem!);
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new AccountSourceException($"{_url.GetLeftPart(UriPartial.Path)} answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                using var buffer = new MemoryStream();
                var chunk = new byte[81920];
                int read;
                while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    buffer.Write(chunk, 0, read);
                    if (buffer.Length > _maxBytes)
                    {
                        throw new AccountSourceException($"{_url.GetLeftPart(UriPartial.Path)} sent more than {_maxBytes} bytes");
                    }
                }

                var name = Path.GetFileName(_url.AbsolutePath);
                return new AccountSnapshot(buffer.ToArray(), string.IsNullOrEmpty(name) ? "config.json" : name, SnapshotSource.Url, $"url {_url.GetLeftPart(UriPartial.Path)}");
            }
        }
        catch (HttpRequestException e)
        {
            throw new AccountSourceException($"cannot fetch {_url.GetLeftPart(UriPartial.Path)}: {e.Message}", e);
        }
    }
}
