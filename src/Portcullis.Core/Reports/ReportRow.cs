using Portcullis.Core.Sets;

namespace Portcullis.Core.Reports;

/// <summary>One line of a connectivity report: who may open what to whom.</summary>
/// <param name="Source">The source side.</param>
/// <param name="Destination">The destination side.</param>
/// <param name="Connection">The connection this line states.</param>
/// <param name="ResponseBlocked">Whether this line is the TCP part whose replies are dropped (printed with <c>*</c>).</param>
/// <param name="OverApproximated">Whether not every address of a merged node has this connection (printed with <c>**</c>).</param>
public sealed record ReportRow(NodeGroup Source, NodeGroup Destination, ConnectionSet Connection, bool ResponseBlocked, bool OverApproximated = false)
{
    /// <summary>What the row says about its nodes, without naming them: the connection and its marks.</summary>
    public RowLabel Label => new(Connection, ResponseBlocked, OverApproximated);
}
