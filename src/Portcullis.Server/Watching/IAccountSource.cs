namespace Portcullis.Server.Watching;

/// <summary>
/// Where an account's configuration is read on schedule: a file, a URL, or the cloud account itself through the
/// collector. A source reads; the watcher stores, deduplicates and evaluates.
/// </summary>
public interface IAccountSource
{
    /// <summary>Reads the account's configuration now.</summary>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The configuration, as bytes, with where it came from.</returns>
    /// <exception cref="AccountSourceException">The configuration could not be read; the message says why (never with a secret in it).</exception>
    public Task<AccountSnapshot> FetchAsync(CancellationToken cancellationToken);
}
