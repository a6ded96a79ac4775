using Portcullis.Policies.Formats.Reports;

namespace Portcullis.Application.Policies;

/// <summary>What <c>policy report</c> is asked: the connectivity map of which policies, in which format.</summary>
public sealed record PolicyReportOptions
{
    /// <summary>What to read.</summary>
    public required PolicyInput Input { get; init; }

    /// <summary>The format.</summary>
    public PolicyReportFormat Format { get; init; } = PolicyReportFormat.Txt;

    /// <summary>Whether to show each pod rather than its workload.</summary>
    public bool PerEndpoint { get; init; }

    /// <summary>The file to write, or <see langword="null"/> for standard output.</summary>
    public string? Output { get; init; }
}
