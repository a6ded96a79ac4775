using Portcullis.Core.Sets;

namespace Portcullis.Conformance.Nca.Outputs;

/// <summary>An NCA fw-rule: source, destination, connections, and the semantic-diff category (<c>Section</c>) it sits under.</summary>
public sealed record FwRule(FwSide Source, FwSide Destination, ConnectionSet Connections, string? Section = null)
{
    /// <summary>The configuration whose section the rule is in, when the output names it.</summary>
    public string? Config { get; init; }
}
