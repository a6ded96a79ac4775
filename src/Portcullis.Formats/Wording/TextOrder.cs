using System.Runtime.CompilerServices;
using Portcullis.Core.Reports;
using Portcullis.Core.Topology;

namespace Portcullis.Formats.Wording;

/// <summary>The order text reports list things in: alphabetically (ordinal) by what they print.</summary>
public static class TextOrder
{
    // Sorting asks for a row's line once per comparison; each is worked out once.
    private static readonly ConditionalWeakTable<ReportRow, string> Lines = [];

    /// <summary>Nodes by name, rows by their line, sides of rows by their names (with each node's VPC).</summary>
    public static ReportOrder Report { get; } = new(
        Comparer<NetworkNode>.Create((a, b) => string.CompareOrdinal(NodeText.Name(a), NodeText.Name(b))),
        Comparer<NodeGroup>.Create((a, b) => string.CompareOrdinal(SideKey(a), SideKey(b))),
        Comparer<ReportRow>.Create((a, b) => string.CompareOrdinal(Lines.GetValue(a, RowText.Line), Lines.GetValue(b, RowText.Line))));

    // A side as it sorts: external space by its name, nodes inside VPCs by their names with their VPC, in name order.
    private static string SideKey(NodeGroup group) =>
        group.IsExternal ? NodeText.Group(group) : string.Join('|', group.Nodes.Select(n => NodeText.Name(n) + "@" + n.Vpc?.Name).Order(StringComparer.Ordinal));
}
