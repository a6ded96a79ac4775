using System.Runtime.CompilerServices;
using Portcullis.Core.Reports;
using Portcullis.Core.Topology;

namespace Portcullis.Formats.Wording;

/// <summary>The order text reports list things in: alphabetically (ordinal) by what they print.</summary>
public static class TextOrder
{
    // Sorting asks for a row's line once per comparison; each is worked out once.
    private static readonly ConditionalWeakTable<ReportRow, string> Lines = [];
    private static readonly ConditionalWeakTable<ReportRow, string> ReadableLines = [];

    /// <summary>Nodes by name, rows by their line, sides of rows by their names (with each node's VPC).</summary>
    public static ReportOrder Report { get; } = new(
        Comparer<NetworkNode>.Create((a, b) => string.CompareOrdinal(NodeText.Name(a), NodeText.Name(b))),
        Comparer<NodeGroup>.Create((a, b) => string.CompareOrdinal(SideKey(a), SideKey(b))),
        Comparer<ReportRow>.Create((a, b) => string.CompareOrdinal(Lines.GetValue(a, RowText.Line), Lines.GetValue(b, RowText.Line))));

    /// <summary>
    /// Nodes by subnet (its name, then its VPC's), then by name: the order the readable grouped report asks the
    /// analysis for, so that each subnet's lines come together and are grouped as they arrive.
    /// </summary>
    public static IComparer<NetworkNode> BySubnet { get; } = Comparer<NetworkNode>.Create((a, b) =>
    {
        var bySubnet = string.CompareOrdinal(SubnetKey(a), SubnetKey(b));
        return bySubnet != 0 ? bySubnet : Report.Nodes.Compare(a, b);
    });

    /// <summary>
    /// Rows as the readable grouped reports list them, so that related lines stand together: by the side inside the
    /// VPCs that the row is about (its source, or its destination when the source is external space), then its
    /// outgoing rows before its incoming ones, then by line.
    /// </summary>
    public static IComparer<ReportRow> Related { get; } = Comparer<ReportRow>.Create((a, b) =>
    {
        var byOwner = string.CompareOrdinal(SideKey(Owner(a)), SideKey(Owner(b)));
        if (byOwner != 0)
        {
            return byOwner;
        }

        var byDirection = a.Source.IsExternal.CompareTo(b.Source.IsExternal);
        return byDirection != 0 ? byDirection : string.CompareOrdinal(ReadableLines.GetValue(a, RowText.ReadableLine), ReadableLines.GetValue(b, RowText.ReadableLine));
    });

    private static string SubnetKey(NetworkNode node) => node is Endpoint endpoint ? endpoint.Subnet.Name + "@" + endpoint.Vpc.Name : string.Empty;

    private static NodeGroup Owner(ReportRow row) => row.Source.IsExternal ? row.Destination : row.Source;

    // A side as it sorts: external space by its name, nodes inside VPCs by their names with their VPC, in name order.
    private static string SideKey(NodeGroup group) =>
        group.IsExternal ? NodeText.Group(group) : string.Join('|', group.Nodes.Select(n => NodeText.Name(n) + "@" + n.Vpc?.Name).Order(StringComparer.Ordinal));
}
