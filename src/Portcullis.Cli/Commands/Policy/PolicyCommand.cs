using System.CommandLine;
using Portcullis.Application.Hosting;
using Portcullis.Cli.Infrastructure;

namespace Portcullis.Cli.Commands.Policy;

/// <summary><c>portcullis policy</c>: what Kubernetes and Calico network policies allow, why, and what is wrong with them.</summary>
internal static class PolicyCommand
{
    public static Command Create(CommandEnvironment environment, HelpExamples examples)
    {
        var policy = new Command("policy", "Analyse Kubernetes NetworkPolicies and Calico policies (what kubectl and calicoctl get -o yaml print): connectivity, explanations, lint, diff and comparison.");
        policy.Subcommands.Add(PolicyReportCommand.Create(environment, examples));
        policy.Subcommands.Add(PolicyExplainCommand.Create(environment, examples));
        policy.Subcommands.Add(PolicyLintCommand.Create(environment, examples));
        policy.Subcommands.Add(PolicyDiffCommand.Create(environment, examples));
        policy.Subcommands.Add(PolicyCompareCommand.Create(environment, examples));
        return policy;
    }
}
