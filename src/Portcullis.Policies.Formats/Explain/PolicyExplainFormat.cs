namespace Portcullis.Policies.Formats.Explain;

/// <summary>The formats of a policy explanation.</summary>
public enum PolicyExplainFormat
{
    /// <summary>Text.</summary>
    Txt,

    /// <summary>JSON.</summary>
    Json,
}
