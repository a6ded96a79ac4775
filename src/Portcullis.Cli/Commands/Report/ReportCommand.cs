using System.CommandLine;
using Portcullis.Application.Hosting;
using Portcullis.Cli.Infrastructure;
using Portcullis.Formats.Reports;

namespace Portcullis.Cli.Commands.Report;

/// <summary><c>portcullis report endpoints|subnets|single-subnet</c>.</summary>
internal static class ReportCommand
{
    public static Command Create(CommandEnvironment environment, HelpExamples examples)
    {
        var report = new Command("report", "Report which connections the firewalls allow: between endpoints, between subnets, or per subnet ACL.");
        report.Subcommands.Add(EndpointsReportCommand.Create(environment, examples));
        report.Subcommands.Add(SubnetsReportCommand.Create(environment, examples));
        report.Subcommands.Add(SingleSubnetReportCommand.Create(environment, examples));
        report.Subcommands.Add(ExposureReportCommand.Create(environment, examples));
        return report;
    }

    /// <summary>The <c>--grouping</c> option of the endpoint and subnet reports.</summary>
    public static Option<bool> GroupingOption() => new("--grouping", "-g")
    {
        Description = "Merge lines that say the same thing: sources (in one subnet) with the same destination and connection into one list, then destinations.",
    };

    /// <summary>The <c>--style</c> option of the endpoint and subnet reports; read it with <see cref="Style"/>.</summary>
    public static Option<string> StyleOption()
    {
        var option = new Option<string>("--style")
        {
            Description = "exact (the default): the established line format, every range listed, for scripts; readable: address and port lists "
                + "written as the shorter of the list and its complement ('all but 22'), grouped lists that reach each other said so ('among themselves'), "
                + "related grouped lines together (json and csv keep their exact fields and add readable ones).",
            DefaultValueFactory = _ => "exact",
            HelpName = "STYLE",
        };
        option.AcceptOnlyFromAmong("exact", "readable");
        return option;
    }

    /// <summary>The style a <see cref="StyleOption"/> names.</summary>
    public static ReportStyle Style(ParseResult result, Option<string> option) =>
        result.GetValue(option) == "readable" ? ReportStyle.Readable : ReportStyle.Exact;
}
