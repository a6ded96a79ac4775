using System.Collections.Immutable;

namespace Portcullis.Core.Analysis;

/// <summary>A whole connectivity analysis: one section per VPC and one per transit gateway.</summary>
/// <param name="Level">Endpoints or subnets.</param>
/// <param name="Sections">The sections.</param>
public sealed record ConnectivityReport(ConnectivityLevel Level, ImmutableArray<ConnectivitySection> Sections)
{
    /// <summary>Whether any line has a TCP part whose replies are blocked.</summary>
    public bool HasBlockedResponses => Sections.Any(s => s.Lines.Any(l => !l.ResponseBlocked.IsEmpty));
}
