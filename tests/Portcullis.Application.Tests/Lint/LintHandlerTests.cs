using System.Text.Json;
using Portcullis.Application.Hosting;
using Portcullis.Application.Lint;
using Portcullis.Application.Tests.Support;
using Portcullis.Core.Diagnostics;
using Portcullis.Formats.Lint;

namespace Portcullis.Application.Tests.Lint;

/// <summary>The lint handler: the threshold decides the exit code; linters are chosen by name.</summary>
public sealed class LintHandlerTests
{
    [Theory]
    // The example has warnings and a note, and no error.
    [InlineData(Severity.Error, ExitCodes.Success)]
    [InlineData(Severity.Warning, ExitCodes.Findings)]
    [InlineData(Severity.Note, ExitCodes.Findings)]
    [InlineData(null, ExitCodes.Success)]
    public async Task Run_FailOn_ExitsOneWhenAFindingReachesIt(Severity? failOn, int expected)
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new LintHandler(), new LintOptions { Configs = [Paths.Config], FailOn = failOn });

        Assert.Equal(expected, code);
        Assert.EndsWith("0 errors, 11 warnings, 1 note from 15 linters; 7 not shown\n", test.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_EnableAndDisable_ChangeWhatRuns()
    {
        var test = new TestEnvironment();

        await test.RunAsync(new LintHandler(), new LintOptions
        {
            Configs = [Paths.Config],
            Enable = ["sg-split-subnet"],
            Disable = ["nacl-reply-rule-opens-connections"],
            Format = LintFormat.Json,
        });

        using var document = JsonDocument.Parse(test.Output);
        var linters = document.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("linter").GetString()).ToHashSet();
        Assert.Contains("sg-split-subnet", linters);
        Assert.DoesNotContain("nacl-reply-rule-opens-connections", linters);
    }

    [Fact]
    public async Task Run_UnknownLinter_ExitsTwoWithAHint()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new LintHandler(), new LintOptions { Configs = [Paths.Config], Disable = ["shadowed-rules"] });

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.StartsWith("portcullis: error: unknown linter 'shadowed-rules'", test.Error, StringComparison.Ordinal);
        Assert.EndsWith("\nRun 'portcullis lint --help' for the linters and their defaults.\n", test.Error, StringComparison.Ordinal);
    }
}
