using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Sets;

namespace Portcullis.Cluster.Allowlist;

/// <summary>What other services' firewalls must allow for a cluster, in one direction.</summary>
/// <param name="Cluster">The cluster's name.</param>
/// <param name="Direction">From the cluster (sources to admit) or to it (destinations to admit).</param>
/// <param name="Entries">The blocks, with what each is.</param>
/// <param name="Connection">The packets to allow (every packet unless narrowed).</param>
/// <param name="Notes">What the user should know (a zone without a public gateway ...).</param>
public sealed record ClusterAllowlist(string Cluster, AllowlistDirection Direction, ImmutableArray<AllowlistEntry> Entries, ConnectionSet Connection, ImmutableArray<AllowlistNote> Notes)
{
    /// <summary>The fewest CIDR blocks whose union is exactly the entries' addresses.</summary>
    public IReadOnlyList<IpPrefix> Prefixes => CidrMath.Aggregate(Entries.Select(e => e.Cidr));
}
