using Portcullis.Core.Diagnostics;
using Portcullis.Flows.Formats.ClassBench;
using Portcullis.Formats;
using Portcullis.Fuzz.Execution;
using Portcullis.Fuzz.Mutation;
using Portcullis.Probing.Formats;
using Portcullis.Server.Configuration;

namespace Portcullis.Fuzz.Targets;

/// <summary>
/// Every reader Portcullis has, as a harness. Inputs a command reads are run through that command (what a user
/// types); the probe targets and ClassBench files are run through their readers, since their commands would contact
/// the network or run a benchmark.
/// </summary>
internal static class FuzzTargets
{
    /// <summary>All harnesses, by name.</summary>
    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        Command("vpc-config", "the collector's IBM Cloud VPC JSON (report endpoints)", InputShape.Json, "iks-multizone/fuzz-config.json",
            ["iks-multizone/config.json", "shared-subnets/config.json"],
            (_, input) => ["report", "endpoints", "--config", input, "--format", "json"]),
        Command("vpc-lint", "the collector's IBM Cloud VPC JSON (lint)", InputShape.Json, "iks-multizone/fuzz-lint.json",
            ["iks-multizone/config.json", "shared-subnets/config.json"],
            (_, input) => ["lint", "--config", input]),
        Command("terraform", "'terraform show -json' of a state or plan (report subnets)", InputShape.Json, "iks-multizone/fuzz-terraform.json",
            ["iks-multizone/state.json", "iks-multizone/plan.json"],
            (_, input) => ["report", "subnets", "--config", input]),
        Command("ibmcloud-lists", "'ibmcloud is ... --output JSON' lists (ACLs and groups, with the account's other lists)", InputShape.Json,
            "iks-multizone/ibmcloud/fuzz-list.json",
            ["iks-multizone/ibmcloud/network-acls.json", "iks-multizone/ibmcloud/security-groups.json"],
            (workspace, input) =>
            [
                "report", "subnets",
                .. new[] { "vpcs", "subnets", "instances", "public-gateways", "floating-ips", "endpoint-gateways", "vpc-address-prefixes" }
                    .SelectMany(list => new[] { "--config", workspace[$"iks-multizone/ibmcloud/{list}.json"] }),
                "--config", input,
            ]),
        Command("cluster-yaml", "a cluster description and the files it imports (cluster check)", InputShape.Yaml, "shared-subnets/fuzz-cluster.yaml",
            ["shared-subnets/cluster-prod.yaml", "shared-subnets/cluster-batch-isolated.yaml", "iks-multizone/cluster.yaml"],
            (_, input) => ["cluster", "check", "--cluster", input]),
        Command("cluster-get", "'ibmcloud ks cluster get --output json' (cluster init)", InputShape.Json, "iks-multizone/exports/fuzz-get.json",
            ["iks-multizone/exports/cluster-get.json"], (workspace, input) => Init(workspace, "--cluster-get", input)),
        Command("cluster-workers", "'ibmcloud ks worker ls --output json' (cluster init)", InputShape.Json, "iks-multizone/exports/fuzz-workers.json",
            ["iks-multizone/exports/workers.json"], (workspace, input) => Init(workspace, "--workers", input)),
        Command("cluster-subnets", "'ibmcloud is subnets --output JSON' (cluster init)", InputShape.Json, "iks-multizone/exports/fuzz-subnets.json",
            ["iks-multizone/exports/subnets.json"], (workspace, input) => Init(workspace, "--subnets", input)),
        Command("cluster-gateways", "'ibmcloud is public-gateways --output JSON' (cluster init)", InputShape.Json, "iks-multizone/exports/fuzz-gateways.json",
            ["iks-multizone/exports/public-gateways.json"], (workspace, input) => Init(workspace, "--public-gateways", input)),
        Command("cluster-info", "the cluster-info ConfigMap YAML (cluster init)", InputShape.Yaml, "iks-multizone/exports/fuzz-info.yaml",
            ["iks-multizone/exports/cluster-info.yaml"], (workspace, input) => Init(workspace, "--cluster-info", input)),
        Command("policies", "Calico and Kubernetes policies (policy report)", InputShape.Yaml, "calico-basics/fuzz-policies.yaml",
            ["calico-basics/policies.yaml", "calico-basics/policies-v2.yaml", "shared-subnets/prod-calico.yaml", "shared-subnets/prod-isolation.yaml"],
            (workspace, input) => ["policy", "report", "--policies", input, "--resources", workspace["calico-basics/resources.yaml"]]),
        Command("policy-resources", "pods, workloads, endpoints and namespaces (policy report)", InputShape.Yaml, "calico-basics/fuzz-resources.yaml",
            ["calico-basics/resources.yaml"],
            (workspace, input) => ["policy", "report", "--policies", workspace["calico-basics/policies.yaml"], "--resources", input]),
        Command("flow-logs", "a gzip flow-log object (flows replay)", InputShape.GzipJson, "generated/fuzz-object.json.gz",
            ["generated/seed-1.json.gz", "generated/seed-2.json.gz"],
            (workspace, input) => ["flows", "replay", "--config", workspace["iks-multizone/config.json"], "--flows", input]),
        Reader("server-config", "the server's configuration YAML (its reader: serve would start listening)", InputShape.Yaml, "server/fuzz-server.yaml",
            ["server/portcullis.yaml"], ReadServerConfiguration),
        Reader("probe-targets", "a probe targets file, YAML or JSON (its reader: probe itself would connect)", InputShape.Yaml, "fuzz-targets.yaml",
            ["generated/targets.yaml", "generated/targets.json"], ReadProbeTargets),
        Reader("classbench-filters", "a ClassBench filter set (its reader: the benchmark's input)", InputShape.Lines, "fuzz-filters.txt",
            ["generated/filters.txt"], ReadClassBenchFilters),
        Reader("classbench-trace", "a ClassBench packet trace (its reader)", InputShape.Lines, "fuzz-trace.txt",
            ["generated/trace.txt"], ReadClassBenchTrace),
    ];

    /// <summary>The harness of this name, or null.</summary>
    public static FuzzTarget? Find(string name) => All.FirstOrDefault(t => t.Name == name);

    private static string[] Init(Workspace workspace, string option, string input)
    {
        var exports = new Dictionary<string, string>
        {
            ["--cluster-get"] = "cluster-get.json",
            ["--workers"] = "workers.json",
            ["--subnets"] = "subnets.json",
            ["--public-gateways"] = "public-gateways.json",
            ["--cluster-info"] = "cluster-info.yaml",
        };
        return
        [
            "cluster", "init", "--config", workspace["iks-multizone/config.json"], "--output", "-",
            .. exports.SelectMany(e => new[] { e.Key, e.Key == option ? input : workspace[$"iks-multizone/exports/{e.Value}"] }),
        ];
    }

    private static FuzzTarget Command(string name, string reads, InputShape shape, string input, string[] seeds, Func<Workspace, string, string[]> args) =>
        new(name, reads, shape, input, seeds, (workspace, path, limit) => CommandLine.Run(args(workspace, path), limit));

    private static FuzzTarget Reader(string name, string reads, InputShape shape, string input, string[] seeds, Func<string, DiagnosticBag, bool> read) =>
        new(name, reads, shape, input, seeds, (_, path, limit) =>
        {
            var diagnostics = new DiagnosticBag();
            var run = Task.Run(() => read(path, diagnostics));
            try
            {
                if (!run.Wait(limit))
                {
                    return null;
                }
            }
            catch (AggregateException e) when (e.InnerExceptions.Count == 1)
            {
                return new Outcome(70, "", "", e.InnerException);
            }

            var text = string.Join('\n', diagnostics.ToImmutable().Select(DiagnosticText.Format));
            return new Outcome(run.Result && !diagnostics.HasErrors ? 0 : 2, "", text);
        });

    private static bool ReadServerConfiguration(string path, DiagnosticBag diagnostics) =>
        ServerConfigurationReader.TryReadFile(path, ["file", "url", "ibm-cloud"], diagnostics, out _);

    private static bool ReadProbeTargets(string path, DiagnosticBag diagnostics) => ProbeTargetsReader.TryReadFile(path, diagnostics, out _);

    private static bool ReadClassBenchFilters(string path, DiagnosticBag diagnostics)
    {
        if (!ClassBenchReader.TryReadFilters(path, diagnostics, out var filters))
        {
            return false;
        }

        // The classifier's rules too: a filter the reader accepts must become a rule.
        return ClassBenchReader.ToClassifierRules(filters).Count() == filters.Length;
    }

    private static bool ReadClassBenchTrace(string path, DiagnosticBag diagnostics) => ClassBenchReader.TryReadTrace(path, diagnostics, out _);
}
