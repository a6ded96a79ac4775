using Portcullis.Cli.Infrastructure;
using Spectre.Console;

namespace Portcullis.Cli.Tests.Infrastructure;

/// <summary>The live table on standard error: redrawn while the work runs, its last rows left on the screen, and input text never read as markup.</summary>
public sealed class SpectreProgressTerminalTests
{
    [Fact]
    public async Task ShowTableAsync_RedrawsWhileWorkingAndLeavesTheLastRows()
    {
        var screen = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(screen),
        });
        console.Profile.Width = 160;
        var terminal = new SpectreProgressTerminal(screen, () => console);
        var state = "reading |";
        var finished = new TaskCompletionSource<int>();

        var shown = terminal.ShowTableAsync(["Part", "Status", "Note"], finished.Task, () => [["eu-de", state, "[red]not markup[/]"]]);
        await Task.Delay(250, TestContext.Current.CancellationToken);
        state = "done";
        finished.SetResult(42);

        Assert.Equal(42, await shown);
        var text = screen.ToString();
        Assert.Contains("reading |", text, StringComparison.Ordinal);
        var final = text[text.LastIndexOf("Part", StringComparison.Ordinal)..];
        Assert.Matches(@"│ eu-de │ done\s+│ \[red\]not markup\[/\] │", final);
    }
}
