using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;

namespace Portcullis.Testing;

/// <summary>
/// Two VPCs joined by one transit gateway (<c>tgw</c>): VPC <c>a</c> (address prefix 10.1.0.0/16, subnet <c>sa</c>
/// 10.1.0.0/24, instance <c>vsi-a</c> at 10.1.0.4, connection <c>conn-a</c>) and VPC <c>b</c> (prefixes as given,
/// subnet <c>sb</c> 10.2.0.0/24, instance <c>vsi-b</c> at 10.2.0.4, connection <c>conn-b</c>). Every ACL and group
/// allows everything, so only the gateway's prefix filters decide.
/// </summary>
public static class TransitGatewayConfig
{
    /// <summary>The configuration, with the prefix filters and defaults of each side's connection.</summary>
    public static VpcConfiguration Build(
        ImmutableArray<PrefixFilter> filtersOfB,
        PrefixFilterAction defaultOfB,
        ImmutableArray<PrefixFilter> filtersOfA = default,
        PrefixFilterAction defaultOfA = PrefixFilterAction.Permit,
        params string[] prefixesOfB)
    {
        var open = ConnectionSet.All;
        var any = RuleProtocol.FromApiName("any");
        Vpc MakeVpc(string name, IEnumerable<string> prefixes) =>
            new(name, $"crn:{name}", name, "us-south", [.. prefixes.Select(p => new AddressPrefix(null, IpPrefix.Parse(p), "us-south-1"))]);
        NetworkAcl Acl(string vpc) => new($"acl-{vpc}", null, $"acl-{vpc}", vpc,
        [
            new NetworkAclRule($"acl-{vpc}-in", $"acl-{vpc}-in", AclAction.Allow, TrafficDirection.Inbound, IpPrefix.AllIPv4, IpPrefix.AllIPv4, any, open, 1),
            new NetworkAclRule($"acl-{vpc}-out", $"acl-{vpc}-out", AclAction.Allow, TrafficDirection.Outbound, IpPrefix.AllIPv4, IpPrefix.AllIPv4, any, open, 1),
        ], []);
        SecurityGroup Group(string vpc) => new($"sg-{vpc}", null, $"sg-{vpc}", vpc,
        [
            new SecurityGroupRule($"sg-{vpc}-in", null, TrafficDirection.Inbound, new CidrRemote(IpPrefix.AllIPv4), default, any, open, 0),
            new SecurityGroupRule($"sg-{vpc}-out", null, TrafficDirection.Outbound, new CidrRemote(IpPrefix.AllIPv4), default, any, open, 1),
        ], []);
        Instance Vsi(string vpc, string subnet, string address) =>
            new($"vsi-{vpc}", null, $"vsi-{vpc}", vpc, "us-south-1", [new NetworkInterface($"nic-{vpc}", "eth0", IpAddress.Parse(address), subnet, [$"sg-{vpc}"])]);
        return new VpcConfiguration
        {
            Vpcs = [MakeVpc("a", ["10.1.0.0/16"]), MakeVpc("b", prefixesOfB.Length > 0 ? prefixesOfB : ["10.2.0.0/16"])],
            Subnets =
            [
                new Subnet("sa", null, "sa", "a", "us-south-1", IpPrefix.Parse("10.1.0.0/24"), "acl-a", null, null, []),
                new Subnet("sb", null, "sb", "b", "us-south-1", IpPrefix.Parse("10.2.0.0/24"), "acl-b", null, null, []),
            ],
            NetworkAcls = [Acl("a"), Acl("b")],
            SecurityGroups = [Group("a"), Group("b")],
            Instances = [Vsi("a", "sa", "10.1.0.4"), Vsi("b", "sb", "10.2.0.4")],
            TransitConnections =
            [
                new TransitConnection("ca", "conn-a", "crn:tgw", "tgw", "crn:a", "vpc", "attached", defaultOfA, filtersOfA.IsDefault ? [] : filtersOfA),
                new TransitConnection("cb", "conn-b", "crn:tgw", "tgw", "crn:b", "vpc", "attached", defaultOfB, filtersOfB),
            ],
        };
    }
}
