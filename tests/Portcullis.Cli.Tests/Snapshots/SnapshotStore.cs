using System.Text;

namespace Portcullis.Cli.Tests.Snapshots;

/// <summary>
/// The committed hashes of the snapshot runs (<c>hash key</c> per line, sorted by key). With <c>PORTCULLIS_BLESS=1</c>
/// the runs' current hashes replace the stored ones; with <c>PORTCULLIS_SNAPSHOT_DUMP=DIR</c> every output is also
/// written to DIR, named by the hash of its key.
/// </summary>
internal sealed class SnapshotStore
{
    private readonly string _path;
    private readonly SortedDictionary<string, string> _hashes;
    private readonly Lock _lock = new();
    private readonly bool _blessing = Environment.GetEnvironmentVariable("PORTCULLIS_BLESS") == "1";
    private readonly string? _dump = Environment.GetEnvironmentVariable("PORTCULLIS_SNAPSHOT_DUMP");

    private SnapshotStore(string path, SortedDictionary<string, string> hashes)
    {
        _path = path;
        _hashes = hashes;
    }

    public static SnapshotStore Load(string path)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')))
            {
                var space = line.IndexOf(' ', StringComparison.Ordinal);
                hashes[line[(space + 1)..]] = line[..space];
            }
        }

        return new SnapshotStore(path, hashes);
    }

    /// <summary>Null when the output's hash is the stored one (or is being blessed), else what differs.</summary>
    public string? Check(string key, string captured)
    {
        var hash = SnapshotRun.Hash(captured);
        if (_dump is not null)
        {
            Directory.CreateDirectory(_dump);
            File.WriteAllText(Path.Combine(_dump, SnapshotRun.Hash(key)[..16] + ".txt"), key + "\n" + captured);
        }

        lock (_lock)
        {
            if (_blessing)
            {
                _hashes[key] = hash;
                return null;
            }

            return !_hashes.TryGetValue(key, out var stored) ? $"new run (bless it): {key}"
                : stored == hash ? null
                : $"changed: {key}";
        }
    }

    /// <summary>Writes the hashes back when blessing.</summary>
    public void SaveIfBlessing()
    {
        if (!_blessing)
        {
            return;
        }

        lock (_lock)
        {
            var text = new StringBuilder("# SHA-256 of each snapshot run's output (see OutputSnapshotTests). Re-bless with PORTCULLIS_BLESS=1 and review.\n");
            foreach (var (key, hash) in _hashes)
            {
                text.Append(hash).Append(' ').Append(key).Append('\n');
            }

            File.WriteAllText(_path, text.ToString());
        }
    }
}
