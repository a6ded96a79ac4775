using System.Text.Json;
using Portcullis.Core.Lint;
using Portcullis.Formats.Lint;

namespace Portcullis.Formats.Tests.Lint;

/// <summary>Text and JSON lint output: sections, truncation, summary; every finding in JSON.</summary>
public sealed class LintTextWriterTests
{
    private static readonly Linter Shadowed = LinterRegistry.Find("nacl-rule-shadowed")!;

    private static LintReport Report(int notes, int errors = 0) => new(
        [Shadowed],
        [
            .. Enumerable.Range(0, errors).Select(i => new LintFinding(Shadowed.Name, LintSeverity.Error, $"error {i}")),
            .. Enumerable.Range(0, notes).Select(i => new LintFinding(Shadowed.Name, LintSeverity.Note, $"note {i}") { Details = [$"detail {i}"] }),
        ]);

    private static string Text(LintReport report, bool printAll)
    {
        using var writer = new StringWriter();
        LintTextWriter.Write(report, writer, printAll);
        return writer.ToString();
    }

    [Fact]
    public void Write_MoreThanThreeFindings_ShowsThreeAndCountsTheRest()
    {
        var text = Text(Report(notes: 4, errors: 1), printAll: false);

        Assert.Equal(
            "nacl-rule-shadowed: Network ACL rules shadowed by higher priority rules\n"
            + "  error: error 0\n"
            + "  note: note 0\n      detail 0\n"
            + "  note: note 1\n      detail 1\n"
            + "  ... 2 more (--print-all shows them)\n\n"
            + "1 error, 0 warnings, 4 notes from 1 linter; 2 not shown\n",
            text);
    }

    [Fact]
    public void Write_PrintAll_ShowsEveryFinding()
    {
        var text = Text(Report(notes: 4), printAll: true);
        Assert.Contains("  note: note 3\n", text, StringComparison.Ordinal);
        Assert.EndsWith("0 errors, 0 warnings, 4 notes from 1 linter\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NoFindings_SaysSo() =>
        Assert.Equal("No findings from 1 linter\n", Text(Report(notes: 0), printAll: false));

    [Fact]
    public void JsonWriter_HoldsEveryFindingAndTheSummary()
    {
        using var writer = new StringWriter();
        LintJsonWriter.Write(Report(notes: 4, errors: 1), writer);
        var json = JsonDocument.Parse(writer.ToString()).RootElement;

        Assert.Equal(5, json.GetProperty("findings").GetArrayLength());
        Assert.Equal(1, json.GetProperty("summary").GetProperty("error").GetInt32());
        Assert.Equal(4, json.GetProperty("summary").GetProperty("note").GetInt32());
        Assert.Equal("nacl-rule-shadowed", json.GetProperty("linters")[0].GetProperty("name").GetString());
        Assert.Equal("detail 0", json.GetProperty("findings")[1].GetProperty("details")[0].GetString());
    }
}
