using System.Collections.Immutable;
using System.CommandLine;
using Portcullis.Core.Topology;

namespace Portcullis.Cli.Infrastructure;

/// <summary>The options most commands share, created fresh for each command.</summary>
internal sealed class CommonOptions
{
    public Option<FileInfo[]> Config { get; } = ConfigOption();

    public Option<FileInfo?> Output { get; } = new("--output", "-o")
    {
        Description = "Write the result to FILE instead of standard output (never over an input file).",
        HelpName = "FILE",
    };

    public Option<string[]> Vpc { get; } = new("--vpc")
    {
        Description = "Analyse only this VPC (name, id or CRN); repeat for several.",
        HelpName = "NAME",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string[]> Region { get; } = new("--region")
    {
        Description = "Analyse only VPCs (and transit gateways) in this region; repeat for several.",
        HelpName = "REGION",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string?> ResourceGroup { get; } = new("--resource-group")
    {
        Description = "Analyse only VPCs (and transit gateways) in this resource group (id or name).",
        HelpName = "GROUP",
    };

    /// <summary>The required <c>--config</c> option: configuration files to combine, in any format the configuration reader detects.</summary>
    public static Option<FileInfo[]> ConfigOption() => new("--config", "-c")
    {
        Description = "An IBM Cloud VPC configuration: the collector's JSON, 'terraform show -json' of a state or saved plan, or an 'ibmcloud is ... --output JSON' list; repeat to combine (a Terraform file's objects replace those it manages); '-' reads one from standard input.",
        Required = true,
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = true, // --config exports/*.json: one command's export per file
        HelpName = "FILE",
    };

    /// <summary>The files an option names, as the user wrote them.</summary>
    public static ImmutableArray<string> Paths(ParseResult result, Option<FileInfo[]> option) => [.. (result.GetValue(option) ?? []).Select(f => f.ToString())];

    /// <summary>The file an option names, as the user wrote it, or <see langword="null"/>.</summary>
    public static string? Path(ParseResult result, Option<FileInfo?> option) => result.GetValue(option)?.ToString();

    /// <summary>Adds the options to <paramref name="command"/>, with its <c>--format</c> (if given) after <c>--config</c>.</summary>
    public void AddTo(Command command, Option? format = null)
    {
        command.Options.Add(Config);
        if (format is not null)
        {
            command.Options.Add(format);
        }

        command.Options.Add(Output);
        command.Options.Add(Vpc);
        command.Options.Add(Region);
        command.Options.Add(ResourceGroup);
    }

    public ImmutableArray<string> Configs(ParseResult result) => Paths(result, Config);

    public string? OutputPath(ParseResult result) => Path(result, Output);

    public TopologyFilter Filter(ParseResult result)
    {
        var vpcs = result.GetValue(Vpc) ?? [];
        var regions = result.GetValue(Region) ?? [];
        var group = result.GetValue(ResourceGroup);
        return vpcs.Length == 0 && regions.Length == 0 && group is null
            ? TopologyFilter.None
            : new TopologyFilter([.. vpcs], [.. regions], group);
    }
}
