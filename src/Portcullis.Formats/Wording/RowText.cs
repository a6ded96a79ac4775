using Portcullis.Core.Reports;

namespace Portcullis.Formats.Wording;

/// <summary>How text reports write a row: <c>src =&gt; dst : connection</c>, with <c>*</c> for blocked replies and <c>**</c> for over-approximations.</summary>
public static class RowText
{
    /// <summary>What a readable grouped row says when its two lists are the same nodes: every one reaches every other one.</summary>
    public const string AmongThemselves = "among themselves";

    /// <summary>What a readable grouped row adds when its lists share nodes: no node is said to reach itself.</summary>
    public const string NotToItself = "(each but to itself)";

    /// <summary>The whole line.</summary>
    public static string Line(ReportRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return $"{NodeText.Group(row.Source)} => {NodeText.Group(row.Destination)} : {Connection(row.Label)}";
    }

    /// <summary>
    /// The whole line as the readable reports write it: sides and connection in their readable forms
    /// (<see cref="NodeText.ReadableGroup"/>, <see cref="ConnectionText.Readable"/>); a grouped row whose two lists
    /// are the same nodes is <c>w1, w2 among themselves : ...</c>, and one whose lists share some nodes says
    /// <c>(each but to itself)</c>.
    /// </summary>
    public static string ReadableLine(ReportRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var connection = Connection(row.Label, readable: true);
        var source = NodeText.ReadableGroup(row.Source);
        if (row.Source.IsExternal || row.Destination.IsExternal || !row.Source.Nodes.Any(row.Destination.Nodes.Contains))
        {
            return $"{source} => {NodeText.ReadableGroup(row.Destination)} : {connection}";
        }

        return row.Source.Key.Equals(row.Destination.Key)
            ? $"{source} {AmongThemselves} : {connection}"
            : $"{source} => {NodeText.ReadableGroup(row.Destination)} {NotToItself} : {connection}";
    }

    /// <summary>The connection with its marks: <c> * </c> for blocked replies, <c> ** </c> for an over-approximation.</summary>
    public static string Connection(RowLabel label) => Connection(label, readable: false);

    /// <summary>The connection with its marks, in its exact (<see cref="ConnectionText.Of"/>) or readable (<see cref="ConnectionText.Readable"/>) form.</summary>
    public static string Connection(RowLabel label, bool readable)
    {
        var text = readable ? ConnectionText.Readable(label.Connection) : ConnectionText.Of(label.Connection);
        return (label.ResponseBlocked ? $"{text} * " : text) + (label.OverApproximated ? (label.ResponseBlocked ? "** " : " ** ") : string.Empty);
    }
}
