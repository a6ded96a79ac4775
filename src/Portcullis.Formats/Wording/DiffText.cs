using Portcullis.Core.Diff;

namespace Portcullis.Formats.Wording;

/// <summary>How diff reports name the ends of a line and say why a line exists.</summary>
public static class DiffText
{
    /// <summary>An end: the node's name (with its VPC when the diff qualifies names) or the external addresses.</summary>
    public static string Side(DiffSide side)
    {
        ArgumentNullException.ThrowIfNull(side);
        return side.External is { } kind ? AddressText.External(kind, side.Addresses)
            : side.QualifyWithVpc ? NodeText.Qualified(side.Node!)
            : NodeText.Name(side.Node!);
    }

    /// <summary>Why the line exists when an end is in one configuration only (<c>vsi1[10.0.0.4] removed</c>); null otherwise.</summary>
    public static string? Info(DiffLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.OnlyInOne.IsDefaultOrEmpty ? null
            : $"{string.Join(" and ", line.OnlyInOne.Select(Side))} {(line.Kind == DiffKind.Removed ? "removed" : "added")}";
    }

    /// <summary>The lines in report order: by kind, then source and destination as worded.</summary>
    public static IEnumerable<DiffLine> Ordered(IEnumerable<DiffLine> lines) =>
        lines.Select(line => (Line: line, Source: Side(line.Source), Destination: Side(line.Destination)))
            .OrderBy(l => l.Line.Kind).ThenBy(l => l.Source, StringComparer.Ordinal).ThenBy(l => l.Destination, StringComparer.Ordinal)
            .Select(l => l.Line);
}
