using Portcullis.Core.Topology;

namespace Portcullis.Core.Reports;

/// <summary>
/// The order in which a report lists nodes and rows. Reports list things as their readers look them up
/// (alphabetically by what is printed), so the order comes from the writer that does the wording; the engine groups
/// and merges by value and only asks this order where it lists.
/// </summary>
/// <param name="Nodes">The order of nodes within a list.</param>
/// <param name="Groups">The order of row sides; grouping tries candidate lines in it, so it decides ties between equally good groupings.</param>
/// <param name="Rows">The order of a section's rows.</param>
public sealed record ReportOrder(IComparer<NetworkNode> Nodes, IComparer<NodeGroup> Groups, IComparer<ReportRow> Rows);
