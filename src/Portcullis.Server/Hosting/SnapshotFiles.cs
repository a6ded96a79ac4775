using Portcullis.Storage;

namespace Portcullis.Server.Hosting;

/// <summary>
/// The handlers read files, so a snapshot's content is written once to <c>files/HASH/NAME</c> under the data folder
/// (whole or not at all: a temporary file moved into place) and read from there; the store keeps the original.
/// </summary>
internal sealed class SnapshotFiles(IPortcullisStore store, string root)
{
    public string Root { get; } = root;

    public async Task<string> PathForAsync(SnapshotRecord snapshot, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(Root, snapshot.ContentHash);
        var path = Path.Combine(directory, SafeName(snapshot.Name));
        if (File.Exists(path))
        {
            return path;
        }

        var content = await store.GetContentAsync(snapshot.ContentHash, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The content of snapshot {snapshot.Id} is missing from the store.");
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Guid.NewGuid():N}.tmp");
        await File.WriteAllBytesAsync(temporary, content, cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
        return path;
    }

    /// <summary>A file name safe on any file system, from the name the upload gave: letters, digits, dot, dash and underscore.</summary>
    public static string SafeName(string? name)
    {
        var file = Path.GetFileName(name ?? string.Empty);
        var safe = new string([.. file.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')]).TrimStart('.');
        if (safe.Length > 100)
        {
            safe = safe[^100..];
        }

        return safe.Length == 0 ? "config.json" : safe;
    }
}
