using System.CommandLine;
using Portcullis.Policies.Formats.Handlers;

namespace Portcullis.Cli.Infrastructure;

/// <summary>The input options of the policy commands: policy files, resource files, and NCA's semantics.</summary>
internal sealed class PolicyInputOptions
{
    public PolicyInputOptions(Command command)
    {
        command.Options.Add(Policies);
        command.Options.Add(Resources);
        command.Options.Add(Nca);
    }

    public Option<string[]> Policies { get; } = new("--policies", "-p")
    {
        Description = "A policy file or directory (kubectl and calicoctl get -o yaml|json: NetworkPolicy, GlobalNetworkPolicy, Profile, Tier ...); repeat.",
        Required = true,
        Arity = ArgumentArity.OneOrMore,
        HelpName = "FILE|DIR",
    };

    public Option<string[]> Resources { get; } = new("--resources", "-r")
    {
        Description = "Pods, workloads (Deployments ...), WorkloadEndpoints, HostEndpoints, NetworkSets and namespaces; repeat.",
        Arity = ArgumentArity.ZeroOrMore,
        HelpName = "FILE|DIR",
    };

    public Option<bool> Nca { get; } = NcaOption();

    public static Option<bool> NcaOption() => new("--nca") { Description = "Evaluate as NCA does (profiles only add labels, no failsafe ports, host endpoint policies all ordinary, ties in reading order)." };

    public static Option<FileInfo?> OutputOption() => new("--output", "-o") { Description = "Write to this file (atomically) instead of standard output.", HelpName = "FILE" };

    public PolicyInput Read(ParseResult result) => new(result.GetValue(Policies) ?? [], result.GetValue(Resources) ?? [], result.GetValue(Nca));

    public Func<Action<TextWriter>, int> Writer(CommandContext context, ParseResult result, Option<FileInfo?> output) =>
        write => OutputTarget.Write(context, result.GetValue(output), (result.GetValue(Policies) ?? []).Concat(result.GetValue(Resources) ?? []).Where(File.Exists).Select(p => new FileInfo(p)), write);
}
