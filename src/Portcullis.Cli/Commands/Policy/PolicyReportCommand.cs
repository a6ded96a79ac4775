using System.CommandLine;
using Portcullis.Application.Hosting;
using Portcullis.Application.Policies;
using Portcullis.Cli.Infrastructure;
using Portcullis.Policies.Formats.Reports;
using static Portcullis.Cli.Commands.Policy.PolicyInputOptions;

namespace Portcullis.Cli.Commands.Policy;

/// <summary><c>portcullis policy report</c>: the connectivity map of the policies.</summary>
internal static class PolicyReportCommand
{
    public static Command Create(CommandEnvironment environment, HelpExamples examples)
    {
        var command = new Command("report", "The connectivity map: what every workload, host endpoint and external address range may open to every other, with the exact connections.");
        var input = new PolicyInputOptions(command);
        var format = Add(command, FormatOption.Create(PolicyReportWriter.Formats));
        var perPod = Add(command, new Option<bool>("--per-pod") { Description = "Show each pod rather than grouping a workload's pods." });
        var output = Add(command, OutputOption());
        examples.Add(command, $"portcullis policy report {Example}", $"portcullis policy report {Example} --format dot | dot -Tsvg -o shop.svg");
        CommandAction.Set(command, environment, new PolicyReportHandler(), result => new PolicyReportOptions
        {
            Input = input.Read(result),
            Format = result.GetValue(format),
            PerEndpoint = result.GetValue(perPod),
            Output = OutputPath(result, output),
        });
        return command;
    }
}
