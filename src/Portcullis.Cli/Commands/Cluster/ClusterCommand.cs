using System.CommandLine;
using Portcullis.Application.Hosting;
using Portcullis.Cli.Infrastructure;

namespace Portcullis.Cli.Commands.Cluster;

/// <summary><c>portcullis cluster init|check|fix|allowlist|isolate|explain</c>: a Kubernetes cluster's firewall requirements, checked, fixed and allowlisted.</summary>
internal static class ClusterCommand
{
    public static Command Create(CommandEnvironment environment, HelpExamples examples)
    {
        var cluster = new Command("cluster", "Check an IKS cluster's VPC firewalls against IBM's documented requirements, fix them, and list what other firewalls must allow.");
        cluster.Subcommands.Add(ClusterInitCommand.Create(environment, examples));
        cluster.Subcommands.Add(ClusterCheckCommand.Create(environment, examples));
        cluster.Subcommands.Add(ClusterFixCommand.Create(environment, examples));
        cluster.Subcommands.Add(ClusterAllowlistCommand.Create(environment, examples));
        cluster.Subcommands.Add(ClusterIsolateCommand.Create(environment, examples));
        cluster.Subcommands.Add(ClusterExplainCommand.Create(environment, examples));
        return cluster;
    }
}
