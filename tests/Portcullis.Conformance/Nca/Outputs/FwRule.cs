using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Sets;

namespace Portcullis.Conformance.Nca.Outputs;

/// <summary>One side of an NCA fw-rule: endpoints (namespaces and a pod expression) or an address block.</summary>
public sealed record FwSide(ImmutableArray<string> Namespaces, string? Pods, IpAddressSet? Block);

/// <summary>An NCA fw-rule: source, destination, connections, and the semantic-diff category (<c>Section</c>) it sits under.</summary>
public sealed record FwRule(FwSide Source, FwSide Destination, ConnectionSet Connections, string? Section = null)
{
    /// <summary>The configuration whose section the rule is in, when the output names it.</summary>
    public string? Config { get; init; }
}
