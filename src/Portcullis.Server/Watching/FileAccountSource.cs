using Portcullis.Storage;

namespace Portcullis.Server.Watching;

/// <summary>Reads an account's configuration from a file on the server, written there by a collector run elsewhere (cron, CI).</summary>
public sealed class FileAccountSource : IAccountSource
{
    private readonly string _path;

    /// <summary>A source reading <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    public FileAccountSource(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _path = path;
    }

    /// <inheritdoc />
    public async Task<AccountSnapshot> FetchAsync(CancellationToken cancellationToken)
    {
        try
        {
            var content = await File.ReadAllBytesAsync(_path, cancellationToken).ConfigureAwait(false);
            return new AccountSnapshot(content, Path.GetFileName(_path), SnapshotSource.File, $"file {_path}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new AccountSourceException($"cannot read {_path}: {e.Message}", e);
        }
    }
}
