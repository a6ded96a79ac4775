using System.Reflection;

namespace Portcullis.Application.Tests.Conventions;

/// <summary>The assemblies Portcullis ships (every <c>src/</c> project but the command line), loaded from the test's output folder.</summary>
internal static class ShippedAssemblies
{
    /// <summary>Their names, from the repository's <c>src/</c> folder, so that a new project is covered without editing the tests.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Directory.GetDirectories(Path.Combine(Testing.RepositoryPaths.Root, "src"))
        .Select(Path.GetFileName)
        .Where(name => name is not null && name != "Portcullis.Cli" && File.Exists(Path.Combine(Testing.RepositoryPaths.Root, "src", name, name + ".csproj")))
        .Select(name => name!)
        .Order(StringComparer.Ordinal)];

    /// <summary>Loads an assembly by name from beside the test.</summary>
    public static Assembly Load(string name) => Assembly.Load(new AssemblyName(name));
}
