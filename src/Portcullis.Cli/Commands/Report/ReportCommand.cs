using System.CommandLine;
using Portcullis.Application.Hosting;
using Portcullis.Cli.Infrastructure;

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
        return report;
    }

    /// <summary>The <c>--grouping</c> option of the endpoint and subnet reports.</summary>
    public static Option<bool> GroupingOption() => new("--grouping", "-g")
    {
        Description = "Merge lines that say the same thing: sources (in one subnet) with the same destination and connection into one list, then destinations.",
    };
}
