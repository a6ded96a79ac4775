using System.CommandLine;
using Portcullis.Core.Topology;
using Portcullis.Formats.Reports;

namespace Portcullis.Cli.Infrastructure;

/// <summary>The options most commands share, created fresh for each command.</summary>
internal sealed class CommonOptions
{
    public Option<FileInfo[]> Config { get; } = new("--config", "-c")
    {
        Description = "An IBM Cloud VPC configuration JSON file (the collector's output); repeat to merge several.",
        Required = true,
        Arity = ArgumentArity.OneOrMore,
        HelpName = "FILE",
    };

    public Option<ReportFormat> Format { get; } = new("--format", "-f")
    {
        // Txt is the enum's zero value, so an absent option reads as txt without a default to print as "Txt".
        Description = "Output format: txt (the default), md, json, csv, or a graph: dot (Graphviz) or html (one self-contained page; needs Graphviz).",
        HelpName = "FORMAT",
        CustomParser = result => ParseFormat(result),
    };

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

    public void AddTo(Command command, bool format = true)
    {
        command.Options.Add(Config);
        if (format)
        {
            command.Options.Add(Format);
        }

        command.Options.Add(Output);
        command.Options.Add(Vpc);
        command.Options.Add(Region);
        command.Options.Add(ResourceGroup);
    }

    public TopologyFilter Filter(ParseResult result)
    {
        var vpcs = result.GetValue(Vpc) ?? [];
        var regions = result.GetValue(Region) ?? [];
        var group = result.GetValue(ResourceGroup);
        return vpcs.Length == 0 && regions.Length == 0 && group is null
            ? TopologyFilter.None
            : new TopologyFilter([.. vpcs], [.. regions], group);
    }

    private static ReportFormat ParseFormat(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? "txt" : result.Tokens[0].Value;
        if (Enum.TryParse<ReportFormat>(text, ignoreCase: true, out var format) && Enum.IsDefined(format) && !text.All(char.IsDigit))
        {
            return format;
        }

        result.AddError($"Unknown format '{text}'. Use one of: {string.Join(", ", Enum.GetNames<ReportFormat>().Select(n => n.ToLowerInvariant()))}.");
        return ReportFormat.Txt;
    }
}
