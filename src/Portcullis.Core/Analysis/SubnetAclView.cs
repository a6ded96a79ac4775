using System.Collections.Immutable;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Analysis;

/// <summary>A subnet's ACL seen from inside: for each range of the subnet's own addresses that the rules treat alike, what it allows in and out.</summary>
/// <param name="Subnet">The subnet.</param>
/// <param name="Ranges">Its local ranges (one unless the ACL splits the subnet).</param>
public sealed record SubnetAclView(SubnetNode Subnet, ImmutableArray<LocalRangeView> Ranges)
{
    /// <summary>Whether the ACL treats some of the subnet's addresses differently from others.</summary>
    public bool IsSplit => Ranges.Length > 1;
}
