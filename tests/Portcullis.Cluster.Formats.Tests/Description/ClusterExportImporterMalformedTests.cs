using Portcullis.Cluster.Formats.Description;
using Portcullis.Core.Diagnostics;
using Portcullis.Testing;

namespace Portcullis.Cluster.Formats.Tests.Description;

/// <summary>
/// <c>cluster init</c> writes what the exports say: a field that is there but does not read is an error at that
/// field. Before, <c>podSubnet: 172.17.0.0/99</c> was dropped and the description got the default pod network.
/// </summary>
public sealed class ClusterExportImporterMalformedTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("portcullis-init-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("podSubnet", "172.17.0.0/18", "172.17.0.0/99")] // a prefix length past 32
    [InlineData("podSubnet", "172.17.0.0/18", "fd00::/64")] // IPv6 where the cluster network is IPv4
    [InlineData("serviceSubnet", "172.21.0.0/16", "172.21.0.300/16")] // an octet past 255
    public void TryImportFile_MalformedSubnetField_IsAnErrorAtTheField(string field, string written, string malformed)
    {
        var example = File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "iks-multizone", "exports", "cluster-get.json"));
        Assert.Contains($"\"{field}\": \"{written}\"", example, StringComparison.Ordinal);
        var path = Path.Combine(_directory, "cluster-get.json");
        File.WriteAllText(path, example.Replace($"\"{field}\": \"{written}\"", $"\"{field}\": \"{malformed}\"", StringComparison.Ordinal));
        var builder = new ClusterDescriptionBuilder();
        var diagnostics = new DiagnosticBag();

        Assert.False(ClusterExportImporter.TryImportFile(ExportKind.ClusterGet, path, builder, diagnostics));

        var error = Assert.Single(diagnostics.ToImmutable(), d => d.Severity == Severity.Error);
        Assert.Equal("PC4003", error.Code);
        Assert.Equal($"$.{field}", error.Location!.Path);
        Assert.StartsWith($"'{malformed}' is not an IPv4 CIDR block", error.Message, StringComparison.Ordinal);
    }
}
