using Portcullis.Policies.Analysis;
using Portcullis.Policies.Formats.Diff;

namespace Portcullis.Application.Policies;

/// <summary>What <c>policy compare</c> is asked: how two policy sets over the same endpoints relate.</summary>
public sealed record PolicyCompareOptions
{
    /// <summary>The first configuration (for permits and forbids, the specification).</summary>
    public required PolicyInput First { get; init; }

    /// <summary>The second configuration (for permits and forbids, the implementation).</summary>
    public required PolicyInput Second { get; init; }

    /// <summary>What to ask.</summary>
    public PolicyComparisonQuery Query { get; init; } = PolicyComparisonQuery.Equivalence;

    /// <summary>Whether an answer other than the hoped-for one (equivalent, contained, permits, forbids, does not interfere) makes the run exit 1.</summary>
    public bool ExitCode { get; init; }

    /// <summary>How many differing pairs to list at most.</summary>
    public int MaxWitnesses { get; init; } = 50;

    /// <summary>The format.</summary>
    public PolicyDiffFormat Format { get; init; } = PolicyDiffFormat.Txt;

    /// <summary>The file to write, or <see langword="null"/> for standard output.</summary>
    public string? Output { get; init; }
}
