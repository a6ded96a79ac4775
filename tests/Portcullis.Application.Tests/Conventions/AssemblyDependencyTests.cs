namespace Portcullis.Application.Tests.Conventions;

/// <summary>
/// Dependencies point inward: the engine references none of our assemblies, each product only the engine, each
/// product's formats only the product and the shared formats, and the application layer composes them all.
/// </summary>
public sealed class AssemblyDependencyTests
{
    // What each shipped assembly may reference among ours (directly). A new assembly must be added here on purpose.
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Portcullis.Core"] = [],
        ["Portcullis.Formats"] = ["Portcullis.Core"],
        ["Portcullis.Cluster"] = ["Portcullis.Core"],
        ["Portcullis.Cluster.Formats"] = ["Portcullis.Core", "Portcullis.Formats", "Portcullis.Cluster"],
        ["Portcullis.Flows"] = ["Portcullis.Core"],
        ["Portcullis.Flows.Formats"] = ["Portcullis.Core", "Portcullis.Formats", "Portcullis.Flows"],
        ["Portcullis.Probing"] = ["Portcullis.Core"],
        ["Portcullis.Probing.Formats"] = ["Portcullis.Core", "Portcullis.Formats", "Portcullis.Probing"],
        ["Portcullis.Collect"] = ["Portcullis.Core", "Portcullis.Formats"],
        ["Portcullis.Policies"] = ["Portcullis.Core"],
        ["Portcullis.Policies.Formats"] = ["Portcullis.Core", "Portcullis.Formats", "Portcullis.Policies"],
        ["Portcullis.Application"] = ["*"],
        ["Portcullis.Storage"] = ["Portcullis.Core"],
        ["Portcullis.Storage.Sqlite"] = ["Portcullis.Storage"],
        ["Portcullis.Storage.Postgres"] = ["Portcullis.Storage"],
        ["Portcullis.Server"] = ["Portcullis.Application", "Portcullis.Storage", "Portcullis.Storage.Sqlite", "Portcullis.Storage.Postgres",
            "Portcullis.Core", "Portcullis.Formats", "Portcullis.Cluster", "Portcullis.Cluster.Formats"],
    };

    public static TheoryData<string> Assemblies => [.. ShippedAssemblies.Names];

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void ShippedAssembly_ReferencesOnlyWhatItsLayerMay(string assembly)
    {
        Assert.True(Allowed.TryGetValue(assembly, out var allowed), $"{assembly} is not in the dependency table: decide what it may reference");
        var ours = ShippedAssemblies.Load(assembly).GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => name.StartsWith("Portcullis.", StringComparison.Ordinal))
            .ToList();
        if (allowed is ["*"])
        {
            return;
        }

        Assert.All(ours, name => Assert.Contains(name, allowed));
    }

    [Fact]
    public void Storage_KnowsNothingOfTheWebOrTheAnalysis()
    {
        // The store keeps bytes and facts about them; the server decides what they mean.
        foreach (var assembly in new[] { "Portcullis.Storage", "Portcullis.Storage.Sqlite", "Portcullis.Storage.Postgres" })
        {
            var references = ShippedAssemblies.Load(assembly).GetReferencedAssemblies().Select(a => a.Name!).ToList();
            Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || name is "Portcullis.Application" or "Portcullis.Formats");
        }
    }

    [Fact]
    public void Core_HasNoInputOutputDependencies()
    {
        // The engine computes; reading, writing, the network and the console belong to the layers around it.
        var references = ShippedAssemblies.Load("Portcullis.Core").GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, name => name is "System.Text.Json" or "System.Net.Http" or "System.Console" or "YamlDotNet" or "System.Net.Sockets");
    }
}
