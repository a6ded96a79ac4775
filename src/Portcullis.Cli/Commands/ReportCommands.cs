using System.CommandLine;
using Portcullis.Cli.Infrastructure;
using Portcullis.Core.Analysis;
using Portcullis.Formats.Graph;
using Portcullis.Formats.Reports;

namespace Portcullis.Cli.Commands;

/// <summary><c>portcullis report endpoints|subnets|single-subnet</c>.</summary>
internal static class ReportCommands
{
    public static Command Create(CommandContext context, HelpExamples examples)
    {
        var report = new Command("report", "Report which connections the firewalls allow: between endpoints, between subnets, or per subnet ACL.");
        report.Subcommands.Add(Endpoints(context, examples));
        report.Subcommands.Add(Subnets(context, examples));
        report.Subcommands.Add(SingleSubnet(context, examples));
        return report;
    }

    private static Command Endpoints(CommandContext context, HelpExamples examples)
    {
        var command = new Command(
            "endpoints",
            "Every pair of endpoints (instance interfaces, VPE addresses, load balancer addresses, worker nodes) and external address blocks, "
            + "with exactly the connections that security groups, network ACLs and routers (floating IPs, public gateways, transit gateways) allow. "
            + "TCP connections whose replies a stateless ACL drops are marked with *.");
        var options = new CommonOptions();
        options.AddTo(command);
        var perIp = new Option<bool>("--lb-per-ip")
        {
            Description = "Show each load balancer private IP (and each block where it may place one) on its own line, instead of one node per load balancer "
                + "(whose lines are marked ** where its addresses differ).",
        };
        command.Options.Add(perIp);
        var grouping = GroupingOption();
        command.Options.Add(grouping);
        examples.Add(command,
            "portcullis report endpoints --config examples/iks-multizone/config.json",
            "portcullis report endpoints -c vpc.json -c transit.json --format md --output connectivity.md",
            "portcullis report endpoints -c vpc.json --vpc prod-vpc --format json",
            "portcullis report endpoints -c vpc.json --grouping",
            "portcullis report endpoints -c vpc.json --format html --output connectivity.html",
            "portcullis report endpoints -c vpc.json --format dot | dot -Tpng -o connectivity.png");
        command.SetAction(result => Run(context, options, result, analyzer =>
        {
            var report = analyzer.AnalyzeEndpoints();
            return result.GetValue(perIp) ? report : LoadBalancerAbstraction.Apply(report, analyzer.Topology);
        }, grouping));
        return command;
    }

    private static Command Subnets(CommandContext context, HelpExamples examples)
    {
        var command = new Command(
            "subnets",
            "Subnet to subnet, and subnet to the internet through public gateways: what the network ACLs allow for every address of each subnet "
            + "(security groups are per endpoint and not part of this view).");
        var options = new CommonOptions();
        options.AddTo(command);
        var grouping = GroupingOption();
        command.Options.Add(grouping);
        examples.Add(command,
            "portcullis report subnets --config examples/iks-multizone/config.json",
            "portcullis report subnets -c vpc.json --grouping",
            "portcullis report subnets -c vpc.json --format html --output subnets.html");
        command.SetAction(result => Run(context, options, result, analyzer =>
        {
            foreach (var subnet in analyzer.SplitSubnets())
            {
                context.Error.WriteLine($"portcullis: warning: network ACL {subnet.Acl.Name} treats addresses of subnet {subnet.Name} differently; "
                    + "lines for it show what holds for all its addresses (see 'report endpoints' or 'report single-subnet')");
            }

            return analyzer.AnalyzeSubnets();
        }, grouping));
        return command;
    }

    private static Command SingleSubnet(CommandContext context, HelpExamples examples)
    {
        var command = new Command(
            "single-subnet",
            "Each subnet's network ACL on its own: for every remote address range, what may come in and go out. "
            + "A subnet whose ACL treats its own addresses differently is shown per local range.");
        var options = new CommonOptions(ReportFormat.Txt, ReportFormat.Md, ReportFormat.Json, ReportFormat.Csv);
        options.AddTo(command);
        examples.Add(command, "portcullis report single-subnet --config examples/iks-multizone/config.json");
        command.SetAction(result =>
        {
            var topology = ConfigurationLoader.Load(context, result.GetValue(options.Config)!, options.Filter(result));
            if (topology is null)
            {
                return ExitCodes.BadInput;
            }

            var analyzer = new ConnectivityAnalyzer(topology);
            var views = topology.Subnets.Select(analyzer.ViewAcl).ToList();
            return OutputTarget.Write(context, result.GetValue(options.Output), result.GetValue(options.Config)!, writer =>
                SubnetAclReportWriter.Write(views, result.GetValue(options.Format), writer));
        });
        return command;
    }

    private static Option<bool> GroupingOption() => new("--grouping", "-g")
    {
        Description = "Merge lines that say the same thing: sources (in one subnet) with the same destination and connection into one list, then destinations.",
    };

    private static int Run(CommandContext context, CommonOptions options, ParseResult result, Func<ConnectivityAnalyzer, ConnectivityReport> analyze, Option<bool> grouping)
    {
        var configs = result.GetValue(options.Config)!;
        var topology = ConfigurationLoader.Load(context, configs, options.Filter(result));
        if (topology is null)
        {
            return ExitCodes.BadInput;
        }

        var report = analyze(new ConnectivityAnalyzer(topology));
        try
        {
            return OutputTarget.Write(context, result.GetValue(options.Output), configs, writer =>
                ConnectivityReportWriter.Write(report, result.GetValue(options.Format), writer, result.GetValue(grouping), new GraphvizLayout()));
        }
        catch (GraphLayoutException e)
        {
            return context.UsageError($"cannot draw the graph: {e.Message}", e.Hint);
        }
    }
}
