using System.Data.Common;

namespace Portcullis.Storage;

public abstract partial class SqlStore
{
    /// <inheritdoc />
    public Task<TokenRecord> AddTokenAsync(string name, TokenRole role, string tokenHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(tokenHash);
        return WriteAsync((connection, transaction) => InsertTokenAsync(connection, transaction, name, role, tokenHash, now, cancellationToken), cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> SeedAdminTokenAsync(string name, string tokenHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(tokenHash);
        return WriteAsync(async (connection, transaction) =>
        {
            await LockAsync(connection, transaction, "tokens", cancellationToken).ConfigureAwait(false);

            // Revoked tokens count: the bootstrap token is for a new store, not a way back in once tokens were managed.
            var count = Convert.ToInt64(await ScalarAsync(connection, transaction, "SELECT COUNT(*) FROM tokens", cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            if (count > 0)
            {
                return false;
            }

            await InsertTokenAsync(connection, transaction, name, TokenRole.Admin, tokenHash, now, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<TokenRecord?> FindTokenAsync(string tokenHash, CancellationToken cancellationToken) =>
        (await QueryAsync("SELECT id, name, role, created_at FROM tokens WHERE token_hash = @hash AND revoked = 0", ReadToken, cancellationToken, ("hash", tokenHash)).ConfigureAwait(false))
        .FirstOrDefault();

    /// <inheritdoc />
    public async Task<IReadOnlyList<TokenRecord>> ListTokensAsync(CancellationToken cancellationToken) =>
        await QueryAsync("SELECT id, name, role, created_at FROM tokens WHERE revoked = 0 ORDER BY id", ReadToken, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public async Task<bool> RevokeTokenAsync(long id, CancellationToken cancellationToken) =>
        await ExecuteAsync("UPDATE tokens SET revoked = 1 WHERE id = @id AND revoked = 0", cancellationToken, ("id", id)).ConfigureAwait(false) > 0;

    private static async Task<TokenRecord> InsertTokenAsync(DbConnection connection, DbTransaction transaction, string name, TokenRole role, string tokenHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction,
            "INSERT INTO tokens (name, role, token_hash, created_at, revoked) VALUES (@name, @role, @hash, @now, 0) RETURNING id",
            ("name", name), ("role", role.ToString()), ("hash", tokenHash), ("now", Millis(now)));
        var id = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        return new TokenRecord(id, name, role, DateTimeOffset.FromUnixTimeMilliseconds(Millis(now)));
    }

    private static TokenRecord ReadToken(DbDataReader r) => new(Int64(r, 0), r.GetString(1), Enum.Parse<TokenRole>(r.GetString(2)), Time(r, 3));
}
