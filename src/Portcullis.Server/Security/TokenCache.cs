using System.Collections.Concurrent;
using Portcullis.Storage;

namespace Portcullis.Server.Security;

/// <summary>
/// Token look-ups, remembered for a few seconds so that a busy client does not cost a database query per request.
/// A token revoked through this server is forgotten at once; through another replica, within <see cref="Lifetime"/>.
/// </summary>
internal sealed class TokenCache(IPortcullisStore store, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, (TokenRecord? Token, DateTimeOffset Until)> _entries = new(StringComparer.Ordinal);

    public async Task<TokenRecord?> FindAsync(string hash, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(hash, out var entry) && entry.Until > now)
        {
            return entry.Token;
        }

        var token = await store.FindTokenAsync(hash, cancellationToken).ConfigureAwait(false);

        // Unknown tokens are remembered too (a client retrying a bad token is not a database load), but the cache is
        // bounded: guessing tokens cannot fill memory.
        if (_entries.Count > 10_000)
        {
            _entries.Clear();
        }

        _entries[hash] = (token, now + Lifetime);
        return token;
    }

    public void Forget() => _entries.Clear();
}
