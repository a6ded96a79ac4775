using System.CommandLine;
using Portcullis.Application.Hosting;
using Portcullis.Application.Policies;
using Portcullis.Cli.Infrastructure;
using static Portcullis.Cli.Commands.Policy.PolicyInputOptions;

namespace Portcullis.Cli.Commands.Policy;

/// <summary><c>portcullis policy diff</c>: which connections a change adds and removes.</summary>
internal static class PolicyDiffCommand
{
    public static Command Create(CommandEnvironment environment, HelpExamples examples)
    {
        var command = new Command("diff", "Which connections a change adds and removes: between endpoints both versions have, with endpoints only one has, and with external addresses.");
        var options = new PolicyPairOptions(command, "--before", "--after", "The policies before the change", "The policies after it");
        examples.Add(command, $"portcullis policy diff --before {ExampleFolder}/policies.yaml --after {ExampleFolder}/policies.yaml --after {ExampleFolder}/policies-v2.yaml --resources {ExampleFolder}/resources.yaml");
        CommandAction.Set(command, environment, new PolicyDiffHandler(), result => new PolicyDiffOptions
        {
            Before = options.ReadFirst(result),
            After = options.ReadSecond(result),
            ExitCode = result.GetValue(options.ExitCode),
            Format = result.GetValue(options.Format),
            Output = OutputPath(result, options.Output),
        });
        return command;
    }
}
