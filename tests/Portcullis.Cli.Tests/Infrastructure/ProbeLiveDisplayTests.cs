using System.Collections.Immutable;
using Portcullis.Cli.Infrastructure;
using Portcullis.Probing;
using Spectre.Console;

namespace Portcullis.Cli.Tests.Infrastructure;

/// <summary>The live table on a terminal, driven by hand-made progress so that what it shows is known.</summary>
public sealed class ProbeLiveDisplayTests
{
    [Fact]
    public async Task RunAsync_ShowsStepsWhileProbingAndTheVerdictsAtTheEnd()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 160;
        ImmutableArray<ProbeTarget> targets = [ProbeTarget.ForTcp("127.0.0.1", 1) with { Purpose = "calicoctl" }, ProbeTarget.ForDns("registry.invalid")];
        var display = new ProbeLiveDisplay(targets);

        var results = await display.RunAsync(console, async progress =>
        {
            progress.Report(new ProbeProgress(0, targets[0], ProbeStep.Tcp, null));
            await Task.Delay(250, TestContext.Current.CancellationToken);
            ProbeResult[] done =
            [
                new(targets[0]) { Failure = new ProbeFinding(ProbeStep.Tcp, ProbeReason.Refused, "connection refused by 127.0.0.1:1"), Elapsed = TimeSpan.FromMilliseconds(3) },
                new(targets[1]) { Failure = new ProbeFinding(ProbeStep.Dns, ProbeReason.NameNotFound, "registry.invalid does not exist (NXDOMAIN)") },
            ];
            progress.Report(new ProbeProgress(0, targets[0], null, done[0]));
            progress.Report(new ProbeProgress(1, targets[1], null, done[1]));
            return [.. done];
        });

        var text = output.ToString();
        Assert.Equal(2, results.Length);
        Assert.Contains("probing", text, StringComparison.Ordinal);
        Assert.Contains("waiting", text, StringComparison.Ordinal);
        var final = text[text.LastIndexOf("Target", StringComparison.Ordinal)..];
        Assert.Matches(@"127\.0\.0\.1:1\s+│ calicoctl │ blocked │ tcp\s+│\s+3 ms │ connection refused by 127\.0\.0\.1:1", final);
        Assert.Matches(@"dns://registry\.invalid\s+│ -\s+│ blocked │ dns\s+│\s+0 ms │ registry\.invalid does not exist \(NXDOMAIN\)", final);
        Assert.DoesNotContain("probing", final, StringComparison.Ordinal);
    }
}
