namespace Portcullis.Formats.Lint;

/// <summary>How lint findings are written.</summary>
public enum LintFormat
{
    /// <summary>Text for people: findings grouped by linter, the first few of each unless all are asked for.</summary>
    Txt,

    /// <summary>Every finding with its objects and locations, for scripts.</summary>
    Json,

    /// <summary>SARIF 2.1.0, for code scanning in CI (GitHub, GitLab, Azure DevOps ...).</summary>
    Sarif,
}
