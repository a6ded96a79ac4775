using System.Collections.Immutable;
using System.CommandLine;
using System.Text;
using Portcullis.Application.Hosting;
using Portcullis.Application.Lint;
using Portcullis.Cli.Infrastructure;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Lint;
using Portcullis.Formats.Lint;

namespace Portcullis.Cli.Commands;

/// <summary><c>portcullis lint</c>: checks the firewalls for rules that do nothing, do something else than they seem, or open too much.</summary>
internal static class LintCommand
{
    public static Command Create(CommandEnvironment environment, HelpExamples examples)
    {
        var command = new Command("lint", Description());
        var options = new CommonOptions();
        options.AddTo(command);
        var format = FormatOption.CreateChoice(LintWriter.Formats);
        var enable = new Option<string[]>("--enable")
        {
            Description = "Also run these linters (off by default ones); repeat or separate names with commas.",
            HelpName = "NAME",
            Arity = ArgumentArity.OneOrMore,
        };
        var disable = new Option<string[]>("--disable")
        {
            Description = "Do not run these linters (wins over --enable); repeat or separate names with commas.",
            HelpName = "NAME",
            Arity = ArgumentArity.OneOrMore,
        };
        var printAll = new Option<bool>("--print-all") { Description = "In text output, show every finding rather than the first 3 of each linter." };
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit with code 1 when there is a finding of this severity or above: error (default), warning, note, or never.",
            DefaultValueFactory = _ => "error",
            HelpName = "SEVERITY",
        };
        failOn.AcceptOnlyFromAmong("error", "warning", "note", "never");
        foreach (var option in new Option[] { format, enable, disable, printAll, failOn })
        {
            command.Options.Add(option);
        }

        examples.Add(command,
            "portcullis lint --config examples/iks-multizone/config.json",
            "portcullis lint -c examples/iks-multizone/config.json --enable sg-split-subnet --disable sg-unattached,nacl-unattached --print-all",
            "portcullis lint -c examples/iks-multizone/config.json --format sarif --output portcullis.sarif --fail-on warning");
        CommandAction.Set(command, environment, new LintHandler(), result => new LintOptions
        {
            Configs = options.Configs(result),
            Filter = options.Filter(result),
            Enable = Names(result.GetValue(enable)),
            Disable = Names(result.GetValue(disable)),
            PrintAll = result.GetValue(printAll),
            FailOn = result.GetValue(failOn) switch
            {
                "warning" => Severity.Warning,
                "note" => Severity.Note,
                "never" => null,
                _ => Severity.Error,
            },
            Format = FormatOption.Read(LintWriter.Formats, result, format),
            Output = options.OutputPath(result),
        });
        return command;
    }

    private static string Description()
    {
        var text = new StringBuilder(
            "Check the firewalls for rules that never apply, apply differently from how they read, or open too much, and for quotas. "
            + "Exit code 1 when a finding reaches --fail-on (error by default), 2 on bad input.\n\nLinters (default state, usual severity):");
        var width = LinterRegistry.All.Max(l => l.Name.Length);
        foreach (var linter in LinterRegistry.All)
        {
            text.Append($"\n  {linter.Name.PadRight(width)}  {(linter.EnabledByDefault ? "on " : "off")}  {LintTextWriter.Label(linter.Severity),-7}  {linter.Title}");
        }

        return text.ToString();
    }

    private static ImmutableArray<string> Names(string[]? values) =>
        [.. (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))];
}
