using Portcullis.Core.Sets;

namespace Portcullis.Policies.Analysis;

/// <summary>A line of a connectivity report: what the source may open to the destination.</summary>
/// <param name="Source">The source.</param>
/// <param name="Destination">The destination.</param>
/// <param name="Connections">The allowed connections (never empty).</param>
public sealed record ReportRow(ReportNode Source, ReportNode Destination, ConnectionSet Connections);
