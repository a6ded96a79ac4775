using System.Collections.Frozen;
using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Model;

namespace Portcullis.Core.Topology;

/// <summary>One VPC with everything in it resolved: subnets, endpoints, firewalls, and the external blocks its rules distinguish.</summary>
public sealed class VpcNetwork
{
    internal VpcNetwork(
        Vpc vpc,
        ImmutableArray<SubnetNode> subnets,
        ImmutableArray<Endpoint> endpoints,
        ImmutableArray<NetworkAcl> acls,
        ImmutableArray<SecurityGroup> securityGroups,
        FrozenDictionary<string, IpAddressSet> securityGroupMembers,
        ImmutableArray<LoadBalancer> loadBalancers)
    {
        Vpc = vpc;
        Subnets = subnets;
        Endpoints = endpoints;
        Acls = acls;
        SecurityGroups = securityGroups;
        SecurityGroupMembers = securityGroupMembers;
        LoadBalancers = loadBalancers;
        InternalAddresses = subnets.Aggregate(IpAddressSet.Empty, (all, s) => all.Union(s.Addresses));
        foreach (var subnet in subnets)
        {
            subnet.AttachTo(this);
        }
    }

    /// <summary>The VPC as configured.</summary>
    public Vpc Vpc { get; }

    /// <summary>The VPC's name.</summary>
    public string Name => Vpc.Name;

    /// <summary>Its subnets.</summary>
    public ImmutableArray<SubnetNode> Subnets { get; }

    /// <summary>Its endpoints.</summary>
    public ImmutableArray<Endpoint> Endpoints { get; }

    /// <summary>Its network ACLs, attached or not.</summary>
    public ImmutableArray<NetworkAcl> Acls { get; }

    /// <summary>Its security groups, attached or not.</summary>
    public ImmutableArray<SecurityGroup> SecurityGroups { get; }

    /// <summary>The member addresses of each security group, by group id.</summary>
    public FrozenDictionary<string, IpAddressSet> SecurityGroupMembers { get; }

    /// <summary>Its load balancers.</summary>
    public ImmutableArray<LoadBalancer> LoadBalancers { get; }

    /// <summary>The union of its subnets' blocks.</summary>
    public IpAddressSet InternalAddresses { get; }

    /// <summary>The external blocks this VPC's rules distinguish; set once when the topology is built.</summary>
    public ImmutableArray<ExternalBlock> ExternalBlocks { get; internal set; } = [];

    /// <summary>The addresses a rule's remote stands for: its block, or the members of the group it names.</summary>
    public IpAddressSet RemoteAddresses(RuleRemote remote) => remote switch
    {
        CidrRemote cidr => cidr.Prefix.ToAddressSet(),
        // The id (or CRN) decides; a reference that carries only a name is found by it.
        SecurityGroupRemote group => SecurityGroupMembers.TryGetValue(group.SecurityGroupId, out var members)
            ? members
            : SecurityGroupMembers.GetValueOrDefault(group.SecurityGroupName),
        _ => IpAddressSet.Empty,
    };

    /// <inheritdoc />
    public override string ToString() => Name;
}
