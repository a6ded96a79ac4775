using Portcullis.Core.Lint;

namespace Portcullis.Formats.Lint;

/// <summary>Writes a lint report in the chosen format.</summary>
public static partial class LintWriter
{
    /// <summary>Writes the report.</summary>
    /// <param name="report">The findings.</param>
    /// <param name="format">Text, JSON or SARIF.</param>
    /// <param name="printAll">For text, whether to show every finding (JSON and SARIF always hold all of them).</param>
    /// <param name="output">Where to write.</param>
    public static void Write(LintReport report, LintFormat format, bool printAll, TextWriter output)
    {
        switch (format)
        {
            case LintFormat.Txt:
                LintTextWriter.Write(report, output, printAll);
                break;
            case LintFormat.Json:
                LintJsonWriter.Write(report, output);
                break;
            case LintFormat.Sarif:
                SarifWriter.Write(report, output);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unsupported lint format.");
        }
    }
}
