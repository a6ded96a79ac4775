using System.Text.Json.Nodes;

namespace Portcullis.Collect.Internal.Http;

/// <summary>
/// Bearer tokens from IAM for an API key: asked for once, shared by every call, and asked for again when 80% of
/// the token's lifetime has passed (as IBM's SDKs do) or when an API refused it. One request at a time: calls
/// that need a token while one is being fetched wait for it.
/// </summary>
internal sealed class IamTokenSource : IDisposable
{
    // IAM tokens live an hour; the answer says so, this is only for an answer that does not.
    private static readonly TimeSpan AssumedLifetime = TimeSpan.FromHours(1);

    private readonly ApiClient _client;
    private readonly Uri _tokenUrl;
    private readonly string _apiKey;
    private readonly TimeProvider _time;
    private readonly SecretRedactor _redactor;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private Token? _current;
    private int _issued;

    public IamTokenSource(ApiClient client, Uri tokenUrl, string apiKey, TimeProvider time, SecretRedactor redactor)
    {
        _client = client;
        _tokenUrl = tokenUrl;
        _apiKey = apiKey;
        _time = time;
        _redactor = redactor;
        redactor.Add(apiKey);
    }

    /// <summary>The number of tokens IAM issued so far.</summary>
    public int Issued => Volatile.Read(ref _issued);

    /// <summary>A token that is good for a while yet.</summary>
    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _current);
        if (current is not null && _time.GetUtcNow() < current.RefreshAt)
        {
            return current.Value;
        }

        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            current = Volatile.Read(ref _current);
            if (current is not null && _time.GetUtcNow() < current.RefreshAt)
            {
                return current.Value;
            }

            var fresh = await RequestAsync(cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _current, fresh);
            return fresh.Value;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Forgets <paramref name="token"/> (an API refused it), so that the next call asks IAM for another.</summary>
    public void Invalidate(string token)
    {
        var current = Volatile.Read(ref _current);
        if (current is not null && current.Value == token)
        {
            Interlocked.CompareExchange(ref _current, null, current);
        }
    }

    public void Dispose() => _lock.Dispose();

    private async Task<Token> RequestAsync(CancellationToken cancellationToken)
    {
        var request = new ApiRequest(HttpMethod.Post, _tokenUrl, [new("grant_type", "urn:ibm:params:oauth:grant-type:apikey"), new("apikey", _apiKey)], IsTokenRequest: true);
        var asked = _time.GetUtcNow();
        var answer = await _client.SendAsync(request, "iam", cancellationToken).ConfigureAwait(false);
        if (answer is not JsonObject body || body["access_token"] is not JsonValue tokenValue || !tokenValue.TryGetValue<string>(out var token) || token.Length == 0)
        {
            throw new CollectException(CollectFailure.BadJson, request.Call, "IAM answered without an access_token");
        }

        _redactor.Add(token);
        Interlocked.Increment(ref _issued);
        var lifetime = body["expires_in"] is JsonValue expiresIn && expiresIn.TryGetValue<long>(out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : body["expiration"] is JsonValue expiration && expiration.TryGetValue<long>(out var epoch) && DateTimeOffset.FromUnixTimeSeconds(epoch) > asked
                ? DateTimeOffset.FromUnixTimeSeconds(epoch) - asked
                : AssumedLifetime;
        return new Token(token, asked + (lifetime * 0.8));
    }

    private sealed record Token(string Value, DateTimeOffset RefreshAt)
    {
        // Records print their fields; a token must not reach a log by way of a debugger display or a message.
        public override string ToString() => $"token (refresh at {RefreshAt:O})";
    }
}
