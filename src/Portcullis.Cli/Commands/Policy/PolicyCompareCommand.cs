using System.CommandLine;
using Portcullis.Application.Hosting;
using Portcullis.Application.Policies;
using Portcullis.Cli.Infrastructure;
using Portcullis.Policies.Analysis;
using static Portcullis.Cli.Commands.Policy.PolicyInputOptions;

namespace Portcullis.Cli.Commands.Policy;

/// <summary><c>portcullis policy compare</c>: how two policy sets over the same endpoints relate.</summary>
internal static class PolicyCompareCommand
{
    public static Command Create(CommandEnvironment environment, HelpExamples examples)
    {
        var command = new Command("compare", "Ask how two policy sets over the same endpoints relate: equivalence, strong-equivalence, containment, two-way-containment, permits, forbids or interferes.");
        var options = new PolicyPairOptions(command, "--first", "--second", "The first policy set (for permits and forbids, the specification)", "The second policy set (for permits and forbids, the implementation)");
        var query = Add(command, new Option<string>("--query", "-q") { Description = "What to ask (the default: equivalence).", DefaultValueFactory = _ => "equivalence", HelpName = "QUERY" });
        query.AcceptOnlyFromAmong("equivalence", "strong-equivalence", "containment", "two-way-containment", "permits", "forbids", "interferes");
        examples.Add(command, $"portcullis policy compare --first {ExampleFolder}/policies.yaml --second {ExampleFolder}/policies.yaml --second {ExampleFolder}/policies-v2.yaml --resources {ExampleFolder}/resources.yaml --query containment --exit-code");
        CommandAction.Set(command, environment, new PolicyCompareHandler(), result => new PolicyCompareOptions
        {
            First = options.ReadFirst(result),
            Second = options.ReadSecond(result),
            Query = Enum.Parse<PolicyComparisonQuery>(result.GetValue(query)!.Replace("-", "", StringComparison.Ordinal), ignoreCase: true),
            ExitCode = result.GetValue(options.ExitCode),
            Format = result.GetValue(options.Format),
            Output = OutputPath(result, options.Output),
        });
        return command;
    }
}
