using System.Collections.Immutable;
using System.CommandLine;
using Portcullis.Application.Policies;

namespace Portcullis.Cli.Commands.Policy;

/// <summary>The input options of the policy commands (policy files, resource files, NCA's semantics) and the output file, created fresh for each command.</summary>
internal sealed class PolicyInputOptions
{
    /// <summary>The example every policy command's help runs on.</summary>
    public const string Example = "--policies examples/calico-basics/policies.yaml --resources examples/calico-basics/resources.yaml";

    /// <summary>The folder of the shipped example.</summary>
    public const string ExampleFolder = "examples/calico-basics";

    /// <summary>Adds <c>--policies</c>, <c>--resources</c> and <c>--nca</c> to <paramref name="command"/>.</summary>
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

    /// <summary>The <c>--nca</c> option: evaluate with the independent analyzer's simplifications.</summary>
    public static Option<bool> NcaOption() => new("--nca") { Description = "Evaluate as NCA does (profiles only add labels, no failsafe ports, host endpoint policies all ordinary, ties in reading order)." };

    /// <summary>The <c>--output</c> option.</summary>
    public static Option<FileInfo?> OutputOption() => new("--output", "-o") { Description = "Write to this file (atomically) instead of standard output.", HelpName = "FILE" };

    /// <summary>Adds <paramref name="option"/> to <paramref name="command"/> and returns it.</summary>
    public static T Add<T>(Command command, T option)
        where T : Option
    {
        command.Options.Add(option);
        return option;
    }

    /// <summary>The paths an option names, as the user wrote them.</summary>
    public static ImmutableArray<string> Paths(ParseResult result, Option<string[]> option) => [.. result.GetValue(option) ?? []];

    /// <summary>The output file <paramref name="option"/> names, as the user wrote it.</summary>
    public static string? OutputPath(ParseResult result, Option<FileInfo?> option) => result.GetValue(option)?.ToString();

    /// <summary>The input the options name.</summary>
    public PolicyInput Read(ParseResult result) => new() { Policies = Paths(result, Policies), Resources = Paths(result, Resources), Nca = result.GetValue(Nca) };
}
