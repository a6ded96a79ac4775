using Portcullis.Testing;

namespace Portcullis.Application.Tests.Support;

/// <summary>The example's files.</summary>
internal static class Paths
{
    public static string Config => RepositoryPaths.IksExample;

    public static string Cluster => Path.Combine(RepositoryPaths.Examples, "iks-multizone", "cluster.yaml");

    /// <summary>A golden file of the command line's tests: the handler writes what the command prints.</summary>
    public static string CliGolden(string name) => Path.Combine(RepositoryPaths.Root, "tests", "Portcullis.Cli.Tests", "Commands", "Golden", name);
}
