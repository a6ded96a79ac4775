using System.Collections.Immutable;
using Portcullis.Core.Addresses;

namespace Portcullis.Cluster.Requirements;

/// <summary>What IBM publishes about a region that firewalls need: its metro's control-plane CIDRs and its registry domains.</summary>
/// <param name="Name">The region (<c>us-south</c>).</param>
/// <param name="Metro">The metro whose control-plane CIDRs apply (<c>dal</c>), if IBM publishes one.</param>
/// <param name="ControlPlaneCidrs">The sources of the ALB health checks (inbound TCP 80), from IBM-Cloud/kube-samples control-plane-ips.</param>
/// <param name="RegistryDomain">The regional registry domain (<c>us.icr.io</c>).</param>
/// <param name="PrivateRegistryDomain">Its private domain (<c>private.us.icr.io</c>).</param>
/// <param name="InVpc2020Page">Whether the 2020 VPC firewall page listed the registry domain.</param>
public sealed record IbmRegion(string Name, string? Metro, ImmutableArray<IpPrefix> ControlPlaneCidrs, string RegistryDomain, string PrivateRegistryDomain, bool InVpc2020Page);
