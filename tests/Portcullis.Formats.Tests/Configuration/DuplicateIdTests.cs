using System.Text;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Topology;
using Portcullis.Formats.Configuration;

namespace Portcullis.Formats.Tests.Configuration;

/// <summary>
/// Two resources of one kind with one id inside one file are a mistake of that file: the topology warns (PC2002) at
/// the second. Before, merging the file into the empty configuration dropped the second without a word, and a subnet
/// with another CIDR vanished.
/// </summary>
public sealed class DuplicateIdTests
{
    private const string Config = """
        {
          "vpcs": [{"id": "v1", "crn": "crn:v1", "name": "vpc-one", "region": "us-south"}],
          "subnets": [
            {"id": "s1", "name": "first", "vpc": {"id": "v1"}, "zone": {"name": "us-south-1"}, "ipv4_cidr_block": "10.0.0.0/24", "network_acl": {"id": "a1"}},
            {"id": "s1", "name": "second", "vpc": {"id": "v1"}, "zone": {"name": "us-south-1"}, "ipv4_cidr_block": "10.0.9.0/24", "network_acl": {"id": "a1"}}],
          "network_acls": [{"id": "a1", "name": "acl", "vpc": {"id": "v1"}, "subnets": [{"id": "s1"}],
            "rules": [{"name": "r", "action": "allow", "direction": "inbound", "source": "0.0.0.0/0", "destination": "0.0.0.0/0", "protocol": "all"}]}],
          "security_groups": [],
          "instances": []
        }
        """;

    [Fact]
    public void Build_SecondSubnetWithTheSameIdInOneFile_WarnsAtTheSecond()
    {
        var diagnostics = new DiagnosticBag();
        Assert.True(ConfigurationReader.TryRead(Encoding.UTF8.GetBytes(Config), "vpc.json", diagnostics, out var document));
        var configuration = ConfigurationReader.Combine([document], diagnostics);

        NetworkTopology.Build(configuration, TopologyFilter.None, diagnostics);

        var warning = Assert.Single(diagnostics.ToImmutable(), d => d.Code == "PC2002");
        Assert.Equal("duplicate subnet id 's1': references to it use the first one", warning.Message);
        Assert.Equal(new SourceLocation("vpc.json", "$.subnets[1]"), warning.Location);
    }

    [Fact]
    public void Combine_TheSameFileTwice_KeepsOneCopyWithoutWarning()
    {
        // Given twice with --config, a file's objects are the same objects, not duplicates.
        var diagnostics = new DiagnosticBag();
        var single = Config.Replace("""{"id": "s1", "name": "second", "vpc": {"id": "v1"}, "zone": {"name": "us-south-1"}, "ipv4_cidr_block": "10.0.9.0/24", "network_acl": {"id": "a1"}}""", """{"id": "s2", "name": "second", "vpc": {"id": "v1"}, "zone": {"name": "us-south-1"}, "ipv4_cidr_block": "10.0.9.0/24", "network_acl": {"id": "a1"}}""", StringComparison.Ordinal);
        Assert.True(ConfigurationReader.TryRead(Encoding.UTF8.GetBytes(single), "vpc.json", diagnostics, out var document));

        var configuration = ConfigurationReader.Combine([document, document], diagnostics);
        NetworkTopology.Build(configuration, TopologyFilter.None, diagnostics);

        Assert.Equal(2, configuration.Subnets.Length);
        Assert.DoesNotContain(diagnostics.ToImmutable(), d => d.Code == "PC2002");
    }
}
