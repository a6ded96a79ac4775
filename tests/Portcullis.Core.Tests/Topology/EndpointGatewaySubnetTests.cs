using Portcullis.Core.Diagnostics;
using Portcullis.Core.Topology;
using Portcullis.Testing;

namespace Portcullis.Core.Tests.Topology;

/// <summary>Which subnet an endpoint gateway (VPE) address is placed in: the VPE lists only its reserved IPs, not their subnets.</summary>
public sealed class EndpointGatewaySubnetTests
{
    [Fact]
    public void AddressInOneSubnet_PlacedThere()
    {
        var vpc = Build(("app", "10.0.0.0/24", false), ("db", "10.0.1.0/24", false));
        Assert.Equal("db", SubnetOfTheGateway(vpc));
    }

    [Fact]
    public void SubnetRecordsTheReservedIp_PlacedInThatSubnetEvenIfAnEarlierWiderSubnetContainsTheAddress()
    {
        // Overlapping subnets (a lint finding, but a file can hold them): the subnet whose reserved_ips list the VPE's
        // reserved IP is where the address was allocated, whatever subnet comes first in the file.
        var vpc = Build(("wide", "10.0.0.0/16", false), ("db", "10.0.1.0/24", true));
        Assert.Equal("db", SubnetOfTheGateway(vpc));
    }

    [Fact]
    public void NoReservedIpRecords_PlacedInTheMostSpecificSubnetContainingTheAddress()
    {
        var vpc = Build(("wide", "10.0.0.0/16", false), ("db", "10.0.1.0/24", false));
        Assert.Equal("db", SubnetOfTheGateway(vpc));
    }

    [Fact]
    public void ReservedIpRecordedInTheWiderSubnet_PlacedThereOverTheMoreSpecificOne()
    {
        // The record names the subnet; the most specific prefix is only the fallback.
        var vpc = Build(("wide", "10.0.0.0/16", true), ("db", "10.0.1.0/24", false));
        Assert.Equal("wide", SubnetOfTheGateway(vpc));
    }

    private static string SubnetOfTheGateway(VpcNetwork vpc) =>
        vpc.Endpoints.Single(e => e.Kind == EndpointKind.EndpointGatewayIp).Subnet.Subnet.Name;

    private static VpcNetwork Build(params (string Name, string Cidr, bool RecordsTheVpeIp)[] subnets)
    {
        var builder = new ConfigBuilder();
        foreach (var (name, cidr, _) in subnets)
        {
            builder.Subnet(name, cidr);
        }

        var config = builder.EndpointGateway("etcd", ["10.0.1.7"]).Build();
        var gatewayIp = config.EndpointGateways.Single().Ips.Single();
        var recording = subnets.Where(s => s.RecordsTheVpeIp).Select(s => s.Name).ToHashSet();
        config = config with
        {
            Subnets = [.. config.Subnets.Select(s => recording.Contains(s.Name) ? s with { ReservedIps = [gatewayIp] } : s)],
        };

        var diagnostics = new DiagnosticBag();
        var topology = NetworkTopology.Build(config, TopologyFilter.None, diagnostics);
        Assert.NotNull(topology);
        return topology.Vpcs.Single();
    }
}
