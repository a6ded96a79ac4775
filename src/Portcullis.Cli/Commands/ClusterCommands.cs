using System.CommandLine;
using Portcullis.Cli.Infrastructure;
using Portcullis.Core.Cluster.Allowlist;
using Portcullis.Core.Cluster.Check;
using Portcullis.Core.Cluster.Fix;
using Portcullis.Core.Cluster.Requirements;
using Portcullis.Formats.Allowlist;
using Portcullis.Formats.Cluster;
using Portcullis.Formats.IbmCloudCli;
using Portcullis.Formats.Iptables;
using Portcullis.Formats.Nftables;
using Portcullis.Formats.Reports;
using Portcullis.Formats.Terraform;
using Portcullis.Formats.VpcApi;

namespace Portcullis.Cli.Commands;

/// <summary><c>portcullis cluster init|check|fix|allowlist</c>: a Kubernetes cluster's firewall requirements, checked, fixed and allowlisted.</summary>
internal static class ClusterCommands
{
    private enum FixFormat
    {
        Script,
        Terraform,
        Json,
    }

    private enum AllowlistFormat
    {
        List,
        Csv,
        Json,
        Nftables,
        Iptables,
        Ibmcloud,
        Terraform,
    }

    public static Command Create(CommandContext context, HelpExamples examples)
    {
        var cluster = new Command("cluster", "Check an IKS cluster's VPC firewalls against IBM's documented requirements, fix them, and list what other firewalls must allow.");
        cluster.Subcommands.Add(ClusterInitCommand.Create(context, examples));
        cluster.Subcommands.Add(Check(context, examples));
        cluster.Subcommands.Add(Fix(context, examples));
        cluster.Subcommands.Add(Allowlist(context, examples));
        return cluster;
    }

    /// <summary>The <c>--cluster</c> option: the cluster description file.</summary>
    internal static Option<FileInfo> DescriptionOption() => new("--cluster", "-C")
    {
        Description = "The cluster description (cluster.yaml, written by 'portcullis cluster init'; JSON accepted).",
        DefaultValueFactory = _ => new FileInfo("cluster.yaml"),
        HelpName = "FILE",
    };

    /// <summary>The <c>--era</c> option: a catalog instead of the one the version selects.</summary>
    internal static Option<string?> EraOption() => new("--era")
    {
        Description = "Check against this era's requirements instead of the one the cluster's version selects: vpc-2020, acl-sg-minimums or secure-by-default.",
        HelpName = "ERA",
        Validators =
        {
            result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
                if (text is not null && !EraNames.TryParse(text, out _))
                {
                    result.AddError($"Unknown era '{text}'. Use one of: {string.Join(", ", Enum.GetValues<DocumentationEra>().Select(EraNames.Name))}.");
                }
            },
        },
    };

    /// <summary>The era the option names, if any.</summary>
    internal static DocumentationEra? Era(ParseResult result, Option<string?> option) =>
        result.GetValue(option) is { } text && EraNames.TryParse(text, out var era) ? era : null;

    private static Option<FileInfo[]> ConfigOption() => new("--config", "-c")
    {
        Description = "VPC configuration file(s) (collector JSON, 'terraform show -json' of a state or plan, 'ibmcloud is' exports), instead of the vpcConfigs the cluster description lists.",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = true,
        HelpName = "FILE",
    };

    private static Option<FileInfo?> OutputOption() => new("--output", "-o")
    {
        Description = "Write the result to FILE instead of standard output (never over an input file).",
        HelpName = "FILE",
    };

    private sealed record Checked(ClusterCheckReport Report, FixPlan Plan, IReadOnlyList<FileInfo> Inputs);

    private static Checked? RunCheck(CommandContext context, ParseResult result, Option<FileInfo> descriptionOption, Option<FileInfo[]> configOption, Option<string?> eraOption)
    {
        var file = result.GetValue(descriptionOption)!;
        var description = ClusterLoader.ReadDescription(context, file, Era(result, eraOption));
        if (description is null)
        {
            return null;
        }

        var configs = ClusterLoader.ConfigFiles(description, file, result.GetValue(configOption));
        var binding = ClusterLoader.Bind(context, description, file, configs);
        if (binding is null)
        {
            return null;
        }

        var report = ClusterChecker.Check(binding, CloudFactsReader.Embedded.Catalog(binding.Era));
        return new Checked(report, FixPlanner.Plan(report), [file, .. configs]);
    }

    private static Command Check(CommandContext context, HelpExamples examples)
    {
        var command = new Command(
            "check",
            "Evaluate every requirement of the cluster's era against its VPC firewalls with the connectivity engine, and print each one's status "
            + "(open, partly open, blocked), the rule that blocks it (as explain cites it) and the fix in one line; then drift (worker subnets the rules "
            + "miss), openings wider than needed, TCP replies stateless ACLs drop, and quota pressure. Exits 1 when a requirement is not fully open.");
        var description = DescriptionOption();
        var config = ConfigOption();
        var era = EraOption();
        var format = FormatOption.Create(ReportFormat.Txt, "Output format: txt, md or json.", [ReportFormat.Txt, ReportFormat.Md, ReportFormat.Json]);
        var output = OutputOption();
        foreach (var option in new Option[] { description, config, era, format, output })
        {
            command.Options.Add(option);
        }

        examples.Add(command,
            "portcullis cluster check --cluster examples/iks-multizone/cluster.yaml",
            "portcullis cluster check -C cluster.yaml --format json --output check.json",
            "portcullis cluster check -C cluster.yaml --era secure-by-default");
        command.SetAction(result =>
        {
            var checkedCluster = RunCheck(context, result, description, config, era);
            if (checkedCluster is null)
            {
                return ExitCodes.BadInput;
            }

            var (report, plan, inputs) = checkedCluster;
            var target = result.GetValue(output);
            var chosen = result.GetValue(format);
            int code;
            if (chosen == ReportFormat.Txt && TableOutput.IsInteractive(context, target))
            {
                TableOutput.Draw(context.Output, ClusterCheckWriter.Headers, ClusterCheckWriter.Rows(report, plan));
                code = ExitCodes.Success;
            }
            else
            {
                code = OutputTarget.Write(context, target, inputs, writer => ClusterCheckWriter.Write(report, plan, chosen, writer));
            }

            return code != ExitCodes.Success ? code : report.HasBlocked ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }

    private static Command Fix(CommandContext context, HelpExamples examples)
    {
        var command = new Command(
            "fix",
            "Write the smallest set of rules that makes every requirement pass: allow rules only (nothing open is closed), ACL rules before the deny "
            + "that would shadow them and in both directions where a stateless ACL drops replies, group rules on the cluster's own group, within the "
            + "VPC quotas. As an ibmcloud script, Terraform, or VPC API requests. Exits 1 when a quota leaves part of the fix unplanned.");
        var description = DescriptionOption();
        var config = ConfigOption();
        var era = EraOption();
        var format = FormatOption.Create(FixFormat.Script, "Output format: script (ibmcloud is), terraform or json (VPC API requests).");
        var legacy = new Option<bool>("--legacy-protocols") { Description = "Write protocol 'all' instead of 'icmp_tcp_udp', for CLIs before 16.x, API versions before 2025-12-09 and Terraform providers before 1.87." };
        var output = OutputOption();
        foreach (var option in new Option[] { description, config, era, format, legacy, output })
        {
            command.Options.Add(option);
        }

        examples.Add(command,
            "portcullis cluster fix --cluster examples/iks-multizone/cluster.yaml",
            "portcullis cluster fix -C cluster.yaml --format terraform --output fix.tf",
            "portcullis cluster fix -C cluster.yaml --format json --legacy-protocols");
        command.SetAction(result =>
        {
            var checkedCluster = RunCheck(context, result, description, config, era);
            if (checkedCluster is null)
            {
                return ExitCodes.BadInput;
            }

            var (report, plan, inputs) = checkedCluster;
            var cluster = report.Binding.Description;
            string[] header =
            [
                $"Portcullis fix for cluster {cluster.Name} ({cluster.Id}), VPC {report.Binding.Vpc.Name}, requirements {EraNames.Name(report.Catalog.Era)}:",
                $"{report.Count(RequirementStatus.Blocked)} blocked and {report.Count(RequirementStatus.PartlyOpen)} partly open requirements.",
            ];
            var isLegacy = result.GetValue(legacy);
            var code = OutputTarget.Write(context, result.GetValue(output), inputs, writer =>
            {
                switch (result.GetValue(format))
                {
                    case FixFormat.Terraform:
                        FixTerraformWriter.Write(plan, header, isLegacy, writer);
                        break;
                    case FixFormat.Json:
                        FixApiWriter.Write(plan, isLegacy, writer);
                        break;
                    default:
                        FixScriptWriter.Write(plan, header, isLegacy, writer);
                        break;
                }
            });
            foreach (var problem in plan.Problems)
            {
                context.Error.WriteLine($"portcullis: warning: {problem}");
            }

            return code != ExitCodes.Success ? code : plan.Problems.IsEmpty ? ExitCodes.Success : ExitCodes.Findings;
        });
        return command;
    }

    private static Command Allowlist(CommandContext context, HelpExamples examples)
    {
        var command = new Command(
            "allowlist",
            "What other services' firewalls must allow for the cluster: for traffic from the cluster, the public gateway floating IPs of its zones; "
            + "for traffic to the cluster, its worker subnets (or its workers' IPs). Aggregated into the fewest CIDRs that cover exactly those addresses.");
        var description = DescriptionOption();
        var config = ConfigOption();
        var direction = new Option<string>("--direction")
        {
            Description = "from-cluster (the service admits the cluster's traffic) or to-cluster (the service sends to the cluster).",
            DefaultValueFactory = _ => "from-cluster",
            HelpName = "DIRECTION",
        };
        direction.AcceptOnlyFromAmong("from-cluster", "to-cluster");
        var workers = new Option<bool>("--workers") { Description = "With --direction to-cluster: the workers' IPs instead of the worker subnets." };
        var protocol = new Option<string?>("--protocol", "-p") { Description = "Allow only this protocol: tcp, udp or icmp (default: all).", HelpName = "PROTOCOL" };
        var ports = new Option<string?>("--ports") { Description = "With tcp or udp: the destination ports, such as 443 or 5432,6379 (default: all).", HelpName = "PORTS" };
        var format = FormatOption.Create(AllowlistFormat.List, "Output format: list, csv, json, nftables, iptables, ibmcloud (security-group rules) or terraform.");
        var legacy = new Option<bool>("--legacy-protocols") { Description = "Write protocol 'all' instead of 'icmp_tcp_udp' in ibmcloud and terraform output." };
        var output = OutputOption();
        foreach (var option in new Option[] { description, config, direction, workers, protocol, ports, format, legacy, output })
        {
            command.Options.Add(option);
        }

        examples.Add(command,
            "portcullis cluster allowlist --cluster examples/iks-multizone/cluster.yaml",
            "portcullis cluster allowlist -C cluster.yaml --direction to-cluster --format csv",
            "portcullis cluster allowlist -C cluster.yaml --protocol tcp --ports 5432 --format nftables");
        command.SetAction(result =>
        {
            if (!ExplainCommand.TryBuildQuery(result.GetValue(protocol), null, result.GetValue(ports), null, null, out var query, out var problem))
            {
                return context.UsageError(problem!.Replace("--dst-ports", "--ports", StringComparison.Ordinal), "Run 'portcullis cluster allowlist --help' for usage and examples.");
            }

            var file = result.GetValue(description)!;
            var cluster = ClusterLoader.ReadDescription(context, file, null);
            if (cluster is null)
            {
                return ExitCodes.BadInput;
            }

            // The VPC configuration is optional here: the description may carry the gateways and subnets itself.
            var configs = ClusterLoader.ConfigFiles(cluster, file, result.GetValue(config));
            ClusterBinding? binding = null;
            if (configs.Count > 0)
            {
                binding = ClusterLoader.Bind(context, cluster, file, configs);
                if (binding is null)
                {
                    return ExitCodes.BadInput;
                }
            }

            var toCluster = result.GetValue(direction) == "to-cluster";
            var allowlist = toCluster
                ? AllowlistBuilder.ToCluster(cluster, binding, result.GetValue(workers), query)
                : AllowlistBuilder.FromCluster(cluster, binding, query);
            if (allowlist.Entries.IsEmpty)
            {
                foreach (var note in allowlist.Notes)
                {
                    context.Error.WriteLine($"portcullis: {note}");
                }

                return context.UsageError("nothing to allowlist: no address is known for the cluster in this direction");
            }

            var isLegacy = result.GetValue(legacy);
            return OutputTarget.Write(context, result.GetValue(output), [file, .. configs], writer =>
            {
                switch (result.GetValue(format))
                {
                    case AllowlistFormat.Csv:
                        AllowlistWriter.WriteCsv(allowlist, writer);
                        break;
                    case AllowlistFormat.Json:
                        AllowlistWriter.WriteJson(allowlist, writer);
                        break;
                    case AllowlistFormat.Nftables:
                        NftablesWriter.WriteAllowlist(allowlist, writer);
                        break;
                    case AllowlistFormat.Iptables:
                        IptablesWriter.WriteAllowlist(allowlist, writer);
                        break;
                    case AllowlistFormat.Ibmcloud:
                        AllowlistScriptWriter.Write(allowlist, isLegacy, writer);
                        break;
                    case AllowlistFormat.Terraform:
                        AllowlistTerraformWriter.Write(allowlist, isLegacy, writer);
                        break;
                    default:
                        AllowlistWriter.WriteList(allowlist, writer);
                        break;
                }
            });
        });
        return command;
    }
}
