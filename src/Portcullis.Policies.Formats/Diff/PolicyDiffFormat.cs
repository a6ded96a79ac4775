namespace Portcullis.Policies.Formats.Diff;

/// <summary>The formats of policy diffs and comparisons.</summary>
public enum PolicyDiffFormat
{
    /// <summary>Text.</summary>
    Txt,

    /// <summary>A Markdown table.</summary>
    Md,

    /// <summary>JSON.</summary>
    Json,

    /// <summary>CSV.</summary>
    Csv,
}
