using System.CommandLine;
using Portcullis.Core.Topology;
using Portcullis.Formats.Reports;

namespace Portcullis.Cli.Infrastructure;

/// <summary>The options most commands share, created fresh for each command.</summary>
internal sealed class CommonOptions
{
    public Option<FileInfo[]> Config { get; } = new("--config", "-c")
    {
        Description = "An IBM Cloud VPC configuration: the collector's JSON, 'terraform show -json' of a state or saved plan, or an 'ibmcloud is ... --output JSON' list; repeat to combine (a Terraform file's objects replace those it manages).",
        Required = true,
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = true, // --config exports/*.json: one command's export per file
        HelpName = "FILE",
    };

    /// <summary>The commands' formats, each with what it is; a command offers those its writer has.</summary>
    private static readonly (ReportFormat Format, string Text)[] FormatTexts =
    [
        (ReportFormat.Txt, "txt (the default)"),
        (ReportFormat.Md, "md"),
        (ReportFormat.Json, "json"),
        (ReportFormat.Csv, "csv"),
        (ReportFormat.Dot, "dot (Graphviz)"),
        (ReportFormat.Html, "html (one self-contained page; needs Graphviz)"),
    ];

    /// <summary>Options for a command that writes every report format.</summary>
    public CommonOptions()
        : this(Enum.GetValues<ReportFormat>())
    {
    }

    /// <summary>Options for a command whose writer has only <paramref name="formats"/>: help lists those and no other parses.</summary>
    public CommonOptions(params ReportFormat[] formats)
    {
        var described = FormatTexts.Where(entry => formats.Contains(entry.Format)).Select(entry => entry.Text).ToList();
        var description = described.Count == 1 ? described[0] : string.Join(", ", described.Take(described.Count - 1)) + " or " + described[^1];
        Format = FormatOption.Create(ReportFormat.Txt, $"Output format: {description}.", formats);
    }

    public Option<ReportFormat> Format { get; }

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
}
