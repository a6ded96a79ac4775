namespace Portcullis.Policies.Formats.Lint;

/// <summary>The formats of policy lint findings.</summary>
public enum PolicyLintFormat
{
    /// <summary>Text.</summary>
    Txt,

    /// <summary>JSON.</summary>
    Json,

    /// <summary>SARIF 2.1.0, for code scanning in CI.</summary>
    Sarif,
}
