using System.CommandLine;
using Portcullis.Cli.Infrastructure;
using Portcullis.Policies.Analysis.Lint;
using Portcullis.Policies.Formats.Explain;
using Portcullis.Policies.Formats.Handlers;
using Portcullis.Policies.Formats.Lint;
using Portcullis.Policies.Formats.Reports;

namespace Portcullis.Cli.Commands;

/// <summary><c>portcullis policy</c>: what Kubernetes and Calico network policies allow, why, and what is wrong with them.</summary>
internal static class PolicyCommands
{
    private const string Example = "--policies examples/calico-basics/policies.yaml --resources examples/calico-basics/resources.yaml";

    public static Command Create(CommandContext context, HelpExamples examples)
    {
        var policy = new Command("policy", "Analyse Kubernetes NetworkPolicies and Calico policies (what kubectl and calicoctl get -o yaml print): connectivity, explanations, lint, diff and comparison.");
        policy.Subcommands.Add(Report(context, examples));
        policy.Subcommands.Add(Explain(context, examples));
        policy.Subcommands.Add(Lint(context, examples));
        policy.Subcommands.Add(PolicyCompareCommands.Diff(context, examples));
        policy.Subcommands.Add(PolicyCompareCommands.Compare(context, examples));
        return policy;
    }

    private static Command Report(CommandContext context, HelpExamples examples)
    {
        var command = new Command("report", "The connectivity map: what every workload, host endpoint and external address range may open to every other, with the exact connections.");
        var input = new PolicyInputOptions(command);
        var format = Add(command, FormatOption.Create(PolicyReportFormat.Txt, "Output format: txt (the default), md, json, csv or dot (Graphviz)."));
        var perPod = Add(command, new Option<bool>("--per-pod") { Description = "Show each pod rather than grouping a workload's pods." });
        var output = Add(command, PolicyInputOptions.OutputOption());
        examples.Add(command, $"portcullis policy report {Example}", $"portcullis policy report {Example} --format dot | dot -Tsvg -o shop.svg");
        command.SetAction(r => PolicyReportHandler.Run(new(input.Read(r), r.GetValue(format), r.GetValue(perPod)), context.Error, input.Writer(context, r, output)));
        return command;
    }

    private static Command Explain(CommandContext context, HelpExamples examples)
    {
        var command = new Command("explain", "Which policy and rule decides what passes from a source to a destination, on each side, in Calico's order (tiers, orders, defaults).");
        var input = new PolicyInputOptions(command);
        var source = Add(command, new Option<string>("--src", "-s") { Description = "The source: namespace/pod, namespace/workload, a host endpoint, an IP address or a CIDR.", Required = true, HelpName = "PEER" });
        var destination = Add(command, new Option<string>("--dst", "-d") { Description = "The destination, likewise.", Required = true, HelpName = "PEER" });
        var protocol = Add(command, new Option<string?>("--protocol") { Description = "Narrow to a protocol: tcp, udp, sctp, icmp, icmpv6 or a number.", HelpName = "PROTOCOL" });
        var ports = Add(command, new Option<string?>("--ports") { Description = "Narrow to destination ports N or N-M (tcp, udp, sctp).", HelpName = "PORTS" });
        var icmpType = Add(command, new Option<int?>("--icmp-type") { Description = "Narrow to an ICMP type.", HelpName = "TYPE" });
        var icmpCode = Add(command, new Option<int?>("--icmp-code") { Description = "Narrow to an ICMP code (with a type).", HelpName = "CODE" });
        var format = Add(command, FormatOption.Create(PolicyExplainFormat.Txt, "Output format: txt (the default) or json."));
        var output = Add(command, PolicyInputOptions.OutputOption());
        examples.Add(command,
            $"portcullis policy explain {Example} --src shop/frontend --dst shop/db --protocol tcp --ports 5432",
            $"portcullis policy explain {Example} --src 10.240.128.7 --dst worker-1-private --protocol tcp --ports 30080");
        command.SetAction(r => PolicyExplainHandler.Run(
            new(input.Read(r), r.GetValue(source)!, r.GetValue(destination)!, r.GetValue(protocol), r.GetValue(ports), r.GetValue(icmpType), r.GetValue(icmpCode), r.GetValue(format)),
            context.Error,
            input.Writer(context, r, output)));
        return command;
    }

    private static Command Lint(CommandContext context, HelpExamples examples)
    {
        var linters = string.Join(", ", Enum.GetValues<PolicyFindingKind>().Select(k => PolicyLintWriter.Id(k) + (PolicyLint.DefaultKinds.Contains(k) ? "" : " (off by default)")));
        var command = new Command("lint", $"Find policies and rules that do nothing, contradict each other, or are redundant. Linters: {linters}.");
        var input = new PolicyInputOptions(command);
        var enable = Add(command, new Option<string[]>("--enable") { Description = "Run a linter that is off by default; repeat.", HelpName = "LINTER", Arity = ArgumentArity.ZeroOrMore });
        var disable = Add(command, new Option<string[]>("--disable") { Description = "Do not run a linter; repeat.", HelpName = "LINTER", Arity = ArgumentArity.ZeroOrMore });
        var failOn = Add(command, new Option<PolicyFindingSeverity>("--fail-on") { Description = "Exit with 1 when a finding is at least this severe: note, warning or error (the default).", DefaultValueFactory = _ => PolicyFindingSeverity.Error, HelpName = "SEVERITY" });
        var format = Add(command, FormatOption.Create(PolicyLintFormat.Txt, "Output format: txt (the default), json or sarif (SARIF 2.1.0 for code scanning)."));
        var output = Add(command, PolicyInputOptions.OutputOption());
        examples.Add(command, $"portcullis policy lint {Example}", $"portcullis policy lint {Example} --enable policy-endpoint-uncaptured --format sarif --output policies.sarif --fail-on warning");
        command.SetAction(r => PolicyLintHandler.Run(
            new(input.Read(r), r.GetValue(format), r.GetValue(enable) ?? [], r.GetValue(disable) ?? [], r.GetValue(failOn)),
            context.Error,
            input.Writer(context, r, output)));
        return command;
    }

    private static T Add<T>(Command command, T option)
        where T : Option
    {
        command.Options.Add(option);
        return option;
    }
}
