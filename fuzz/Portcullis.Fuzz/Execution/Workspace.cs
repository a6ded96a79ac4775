namespace Portcullis.Fuzz.Execution;

/// <summary>
/// A temporary folder holding copies of the shipped examples, in which inputs are written beside the files they refer
/// to (a cluster description beside its configuration), and runs start; deleted when disposed.
/// </summary>
internal sealed class Workspace : IDisposable
{
    private readonly bool _temporary;

    private Workspace(string root, string repository, bool temporary)
    {
        Root = root;
        Repository = repository;
        _temporary = temporary;
    }

    /// <summary>The temporary folder.</summary>
    public string Root { get; }

    /// <summary>The repository the examples were copied from.</summary>
    public string Repository { get; }

    /// <summary>A path inside the workspace.</summary>
    public string this[string relative] => Path.Combine(Root, relative);

    /// <summary>
    /// A workspace with the examples of <paramref name="repository"/> copied under their own names: in
    /// <paramref name="folder"/> (kept, for afl-fuzz's runs to open), or in a temporary folder deleted when disposed.
    /// </summary>
    public static Workspace Create(string repository, string? folder = null)
    {
        var root = folder is null ? Directory.CreateTempSubdirectory("portcullis-fuzz-").FullName : Directory.CreateDirectory(folder).FullName;
        foreach (var example in Directory.GetDirectories(Path.Combine(repository, "examples")))
        {
            Copy(example, Path.Combine(root, Path.GetFileName(example)));
        }

        return new Workspace(root, repository, temporary: folder is null);
    }

    /// <summary>A workspace an earlier <see cref="Create"/> kept in <paramref name="folder"/>.</summary>
    public static Workspace Open(string repository, string folder) => new(Path.GetFullPath(folder), repository, temporary: false);

    /// <summary>The repository around this program: the first folder upward holding Portcullis.slnx.</summary>
    public static string? FindRepository(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Portcullis.slnx")))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (!_temporary)
        {
            return;
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A run still holding a file open: the folder is temporary and the system cleans it.
        }
    }

    private static void Copy(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.GetDirectories(source))
        {
            Copy(folder, Path.Combine(target, Path.GetFileName(folder)));
        }
    }
}
