using System.CommandLine;
using System.Text;
using Portcullis.Cli.Infrastructure;
using Portcullis.Core.Lint;
using Portcullis.Formats.Lint;

namespace Portcullis.Cli.Commands;

/// <summary><c>portcullis lint</c>: checks the firewalls for rules that do nothing, do something else than they seem, or open too much.</summary>
internal static class LintCommand
{
    public static Command Create(CommandContext context, HelpExamples examples)
    {
        var command = new Command("lint", Description());
        var options = new CommonOptions();
        options.AddTo(command, format: false);
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: txt, json or sarif (SARIF 2.1.0, for code scanning in CI).",
            DefaultValueFactory = _ => "txt",
            HelpName = "FORMAT",
        };
        format.AcceptOnlyFromAmong("txt", "json", "sarif");
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
            "portcullis lint -c vpc.json --enable sg-split-subnet --disable sg-unattached,nacl-unattached --print-all",
            "portcullis lint -c vpc.json --format sarif --output portcullis.sarif --fail-on warning");
        command.SetAction(result =>
        {
            if (!LinterRegistry.TrySelect(Names(result.GetValue(enable)), Names(result.GetValue(disable)), out var linters, out var problem))
            {
                return context.UsageError(problem!, "Run 'portcullis lint --help' for the linters and their defaults.");
            }

            var configs = result.GetValue(options.Config)!;
            var topology = ConfigurationLoader.Load(context, configs, options.Filter(result));
            if (topology is null)
            {
                return ExitCodes.BadInput;
            }

            var report = LintSourceLines.Resolve(LintRunner.Run(topology, linters));
            var written = OutputTarget.Write(context, result.GetValue(options.Output), configs, writer =>
                LintWriter.Write(report, Enum.Parse<LintFormat>(result.GetValue(format)!, ignoreCase: true), result.GetValue(printAll), writer));
            if (written != ExitCodes.Success)
            {
                return written;
            }

            var threshold = result.GetValue(failOn) switch
            {
                "warning" => LintSeverity.Warning,
                "note" => LintSeverity.Note,
                "never" => (LintSeverity?)null,
                _ => LintSeverity.Error,
            };
            return threshold is { } severity && report.HasFindingsAtOrAbove(severity) ? ExitCodes.Findings : ExitCodes.Success;
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

    private static IEnumerable<string> Names(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}
