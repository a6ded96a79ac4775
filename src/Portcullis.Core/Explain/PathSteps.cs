using System.Collections.Immutable;
using Portcullis.Core.Model;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Explain;

/// <summary>An endpoint or external block at either end of the path.</summary>
/// <param name="Node">The node.</param>
/// <param name="QualifyWithVpc">Whether it is named with its VPC (paths that cross VPCs).</param>
public sealed record NodeStep(NetworkNode Node, bool QualifyWithVpc) : PathStep;

/// <summary>An endpoint's security groups: those that allow (or, when none does, all of them); empty when it has none.</summary>
/// <param name="Groups">The groups shown.</param>
public sealed record SecurityGroupsStep(ImmutableArray<SecurityGroup> Groups) : PathStep;

/// <summary>A subnet's network ACL.</summary>
/// <param name="Acl">The ACL.</param>
public sealed record NetworkAclStep(NetworkAcl Acl) : PathStep;

/// <summary>A subnet the path leaves or enters.</summary>
/// <param name="Subnet">The subnet.</param>
public sealed record SubnetStep(SubnetNode Subnet) : PathStep;

/// <summary>A route of the source subnet's routing table that drops the traffic or delivers it to a next hop.</summary>
/// <param name="Table">The routing table.</param>
/// <param name="Route">The route.</param>
public sealed record RouteStep(RoutingTable Table, Route Route) : PathStep;

/// <summary>The router to or from external addresses.</summary>
/// <param name="Router">The router.</param>
public sealed record RouterStep(Router Router) : PathStep;

/// <summary>No router connects the endpoint with the external addresses.</summary>
public sealed record NoRouterStep : PathStep;

/// <summary>A VPC the path leaves or enters through a transit gateway.</summary>
/// <param name="Vpc">The VPC.</param>
public sealed record VpcStep(VpcNetwork Vpc) : PathStep;

/// <summary>A transit gateway between the VPCs.</summary>
/// <param name="Gateway">The gateway.</param>
public sealed record TransitGatewayStep(TransitGatewayNetwork Gateway) : PathStep;
