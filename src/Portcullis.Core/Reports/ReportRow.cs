using Portcullis.Core.Sets;

namespace Portcullis.Core.Reports;

/// <summary>One printed line of a connectivity report.</summary>
/// <param name="Source">The source side.</param>
/// <param name="Destination">The destination side.</param>
/// <param name="Connection">The connection this line states.</param>
/// <param name="ResponseBlocked">Whether this line is the TCP part whose replies are dropped (printed with <c>*</c>).</param>
/// <param name="OverApproximated">Whether not every address of a merged node has this connection (printed with <c>**</c>).</param>
public sealed record ReportRow(NodeGroup Source, NodeGroup Destination, ConnectionSet Connection, bool ResponseBlocked, bool OverApproximated = false)
{
    /// <summary>The line as text reports print it: <c>src =&gt; dst : connection</c>, with <c> * </c> for blocked replies.</summary>
    public string Text => $"{Source.DisplayName} => {Destination.DisplayName} : {ConnectionText}";

    /// <summary>The connection, with the <c> * </c> mark when replies are blocked.</summary>
    public string ConnectionText => (ResponseBlocked ? $"{Connection} * " : Connection.ToString()) + (OverApproximated ? (ResponseBlocked ? "** " : " ** ") : string.Empty);
}
