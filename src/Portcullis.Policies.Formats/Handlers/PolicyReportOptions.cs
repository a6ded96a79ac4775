using Portcullis.Policies.Formats.Reports;

namespace Portcullis.Policies.Formats.Handlers;

/// <summary>Options of <c>policy report</c>.</summary>
/// <param name="Input">What to read.</param>
/// <param name="Format">The output format.</param>
/// <param name="PerEndpoint">Whether to show each pod rather than its workload.</param>
public sealed record PolicyReportOptions(PolicyInput Input, PolicyReportFormat Format, bool PerEndpoint = false);
