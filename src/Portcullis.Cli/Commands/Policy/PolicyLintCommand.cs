using System.CommandLine;
using Portcullis.Application.Hosting;
using Portcullis.Application.Policies;
using Portcullis.Cli.Infrastructure;
using Portcullis.Policies.Analysis.Lint;
using Portcullis.Policies.Formats.Lint;
using static Portcullis.Cli.Commands.Policy.PolicyInputOptions;

namespace Portcullis.Cli.Commands.Policy;

/// <summary><c>portcullis policy lint</c>: policies and rules that do nothing, contradict each other, or are redundant.</summary>
internal static class PolicyLintCommand
{
    public static Command Create(CommandEnvironment environment, HelpExamples examples)
    {
        var linters = string.Join(", ", Enum.GetValues<PolicyFindingKind>().Select(k => PolicyLintWriter.Id(k) + (PolicyLint.DefaultKinds.Contains(k) ? "" : " (off by default)")));
        var command = new Command("lint", $"Find policies and rules that do nothing, contradict each other, or are redundant. Linters: {linters}.");
        var input = new PolicyInputOptions(command);
        var enable = Add(command, new Option<string[]>("--enable") { Description = "Run a linter that is off by default; repeat.", HelpName = "LINTER", Arity = ArgumentArity.ZeroOrMore });
        var disable = Add(command, new Option<string[]>("--disable") { Description = "Do not run a linter; repeat.", HelpName = "LINTER", Arity = ArgumentArity.ZeroOrMore });
        var failOn = Add(command, new Option<PolicyFindingSeverity>("--fail-on")
        {
            Description = "Exit with 1 when a finding is at least this severe: note, warning or error (the default).",
            DefaultValueFactory = _ => PolicyFindingSeverity.Error,
            HelpName = "SEVERITY",
        });
        var format = Add(command, FormatOption.Create(PolicyLintWriter.Formats));
        var output = Add(command, OutputOption());
        examples.Add(command,
            $"portcullis policy lint {Example}",
            $"portcullis policy lint {Example} --enable policy-endpoint-uncaptured --format sarif --output policies.sarif --fail-on warning");
        CommandAction.Set(command, environment, new PolicyLintHandler(), result => new PolicyLintOptions
        {
            Input = input.Read(result),
            Enable = [.. result.GetValue(enable) ?? []],
            Disable = [.. result.GetValue(disable) ?? []],
            FailOn = result.GetValue(failOn),
            Format = result.GetValue(format),
            Output = OutputPath(result, output),
        });
        return command;
    }
}
