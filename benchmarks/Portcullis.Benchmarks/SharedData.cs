namespace Portcullis.Benchmarks;

/// <summary>Finds <c>../shared</c> beside the repository, where the benchmark data lives (absent in a user's clone).</summary>
public static class SharedData
{
    public static string? Root
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (System.IO.File.Exists(Path.Combine(directory.FullName, "Portcullis.slnx")))
                {
                    var shared = Path.Combine(directory.FullName, "..", "shared");
                    return Directory.Exists(shared) ? Path.GetFullPath(shared) : null;
                }
            }

            return null;
        }
    }

    /// <summary>A file under <c>../shared</c>, or an exception that says it is absent (BenchmarkDotNet reports it).</summary>
    public static string File(string relative) =>
        Root is { } root && System.IO.File.Exists(Path.Combine(root, relative))
            ? Path.Combine(root, relative)
            : throw new FileNotFoundException($"skipped: ../shared/{relative} is not beside this clone (it ships with the development workplace only)");
}
