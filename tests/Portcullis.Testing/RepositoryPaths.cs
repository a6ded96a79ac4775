namespace Portcullis.Testing;

/// <summary>Where the repository, its examples and the workplace's shared material are, seen from a test.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root (the folder with Portcullis.slnx).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The project's examples folder.</summary>
    public static string Examples => Path.Combine(Root, "examples");

    /// <summary>The IKS example configuration.</summary>
    public static string IksExample => Path.Combine(Examples, "iks-multizone", "config.json");

    /// <summary><c>../shared</c> beside the repository, or <see langword="null"/> in a user's clone.</summary>
    public static string? Shared
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(shared) ? shared : null;
        }
    }

    /// <summary>The reason a test that needs <c>../shared</c> skips.</summary>
    public const string NoSharedReason = "../shared is not beside this clone (it ships with the development workplace, not with the repository)";

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Portcullis.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (Portcullis.slnx) above " + AppContext.BaseDirectory);
    }
}
