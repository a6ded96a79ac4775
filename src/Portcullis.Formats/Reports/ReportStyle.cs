namespace Portcullis.Formats.Reports;

/// <summary>How text reports word what they state; both state exactly the same sets.</summary>
public enum ReportStyle
{
    /// <summary>The established line format: every range listed, as scripts and the independent analyzer's outputs read it.</summary>
    Exact,

    /// <summary>
    /// For people: address and port lists written as the shorter of the list and its complement (<c>all but ...</c>),
    /// grouped lists that reach each other said so (<c>among themselves</c>), related grouped lines together; JSON and
    /// CSV keep every exact field and add the readable text beside it.
    /// </summary>
    Readable,
}
