using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;
using Portcullis.Formats.Wording;
using Portcullis.Testing;

namespace Portcullis.Formats.Tests.Wording;

/// <summary>How a rule's remote is cited.</summary>
public sealed class RuleTextTests
{
    [Fact]
    public void RemoteOf_Cidr_IsTheBlock() =>
        Assert.Equal("10.0.0.0/8", RuleText.RemoteOf(new CidrRemote(Portcullis.Core.Addresses.IpPrefix.Parse("10.0.0.0/8")), Fleet(members: 1)));

    [Fact]
    public void RemoteOf_Group_ListsEveryMemberBlock()
    {
        var vpc = Fleet(members: 3);
        Assert.Equal("sg-fleet (10.0.0.10/32,10.0.0.12/32,10.0.0.14/32)", RuleText.RemoteOf(new SecurityGroupRemote("sg-fleet", "sg-fleet"), vpc));
    }

    [Fact]
    public void RemoteOf_GroupWithMoreBlocksThanTheCap_ListsTheFirstAndCountsTheRest()
    {
        var vpc = Fleet(members: 5);
        var remote = new SecurityGroupRemote("sg-fleet", "sg-fleet");
        Assert.Equal("sg-fleet (10.0.0.10/32,10.0.0.12/32, and 3 more)", RuleText.RemoteOf(remote, vpc, maxBlocks: 2));
        Assert.Equal(RuleText.RemoteOf(remote, vpc), RuleText.RemoteOf(remote, vpc, maxBlocks: 5));
    }

    // Members two addresses apart, so that each is a block of its own.
    private static VpcNetwork Fleet(int members)
    {
        var config = new ConfigBuilder()
            .Subnet("fleet", "10.0.0.0/24")
            .GroupRule("sg-fleet", TrafficDirection.Inbound, "0.0.0.0/0", ConnectionSet.AllTcp);
        for (var i = 0; i < members; i++)
        {
            config.Instance($"node{i}", "fleet", $"10.0.0.{10 + (2 * i)}", "sg-fleet");
        }

        return NetworkTopology.Build(config.Build(), TopologyFilter.None, new DiagnosticBag())!.Vpcs.Single();
    }
}
