namespace Portcullis.Core.Diagnostics;

/// <summary>Where in the user's input something was found: the file and a JSON path or a line.</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Path">A JSON path such as <c>$.network_acls[2].rules[0].source</c>, or <see langword="null"/>.</param>
/// <param name="Line">A 1-based line, or <see langword="null"/>.</param>
/// <param name="Column">A 1-based column, or <see langword="null"/>.</param>
public sealed record SourceLocation(string File, string? Path = null, int? Line = null, int? Column = null)
{
    /// <summary><c>file: $.path</c>, <c>file:12:5</c>, or <c>file</c>.</summary>
    public override string ToString()
    {
        var position = Line is { } line ? Column is { } column ? $":{line}:{column}" : $":{line}" : string.Empty;
        return Path is null ? $"{File}{position}" : $"{File}{position}: {Path}";
    }
}
