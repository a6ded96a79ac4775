using Portcullis.Core.Reports;

namespace Portcullis.Formats.Wording;

/// <summary>How text reports write a row: <c>src =&gt; dst : connection</c>, with <c>*</c> for blocked replies and <c>**</c> for over-approximations.</summary>
public static class RowText
{
    /// <summary>The whole line.</summary>
    public static string Line(ReportRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return $"{NodeText.Group(row.Source)} => {NodeText.Group(row.Destination)} : {Connection(row.Label)}";
    }

    /// <summary>The connection with its marks: <c> * </c> for blocked replies, <c> ** </c> for an over-approximation.</summary>
    public static string Connection(RowLabel label)
    {
        var text = ConnectionText.Of(label.Connection);
        return (label.ResponseBlocked ? $"{text} * " : text) + (label.OverApproximated ? (label.ResponseBlocked ? "** " : " ** ") : string.Empty);
    }
}
