namespace Portcullis.Storage;

/// <summary>The names snapshot sources have in the store and the API: <c>file-upload</c>, <c>terraform-upload</c>, <c>collect</c>, <c>file</c>, <c>url</c>.</summary>
public static class SnapshotSourceNames
{
    /// <summary>The stable name of <paramref name="source"/>.</summary>
    /// <param name="source">The source.</param>
    public static string Name(SnapshotSource source) => source switch
    {
        SnapshotSource.FileUpload => "file-upload",
        SnapshotSource.TerraformUpload => "terraform-upload",
        SnapshotSource.Collect => "collect",
        SnapshotSource.File => "file",
        SnapshotSource.Url => "url",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Not a snapshot source."),
    };

    /// <summary>The source named <paramref name="name"/>.</summary>
    /// <param name="name">A name written by <see cref="Name"/>.</param>
    /// <param name="source">The source.</param>
    public static bool TryParse(string? name, out SnapshotSource source)
    {
        foreach (var candidate in Enum.GetValues<SnapshotSource>())
        {
            if (string.Equals(Name(candidate), name, StringComparison.Ordinal))
            {
                source = candidate;
                return true;
            }
        }

        source = default;
        return false;
    }
}
