using Portcullis.Core.Addresses;

namespace Portcullis.Cluster.Allowlist;

/// <summary>One block another firewall must allow, and why.</summary>
/// <param name="Cidr">The block (a /32 for one address).</param>
/// <param name="Zone">The zone it belongs to, if any.</param>
/// <param name="Reason">What it is: <c>public gateway iks-prod-pgw-1</c>, <c>worker subnet iks-prod-workers-1</c>, a worker.</param>
public sealed record AllowlistEntry(IpPrefix Cidr, string? Zone, string Reason);
