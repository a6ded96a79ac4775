using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Portcullis.Testing;

namespace Portcullis.Cli.Tests.Snapshots;

/// <summary>The runs the output snapshot locks: every command, format and variant, per input.</summary>
internal static class SnapshotRuns
{
    /// <summary>The name of the shipped example among the inputs.</summary>
    public const string ExampleInput = "example";

    /// <summary>The row that stands for the shared inputs where they are absent.</summary>
    public const string SharedPlaceholder = "shared-conformance-inputs";

    private static readonly string[] ReportFormats = ["txt", "md", "json", "csv", "dot"];
    private static readonly string[] ListFormats = ["txt", "md", "json", "csv"];
    private static readonly string[] ExplainFormats = ["txt", "md", "json"];

    private static string? NpGuard => RepositoryPaths.Shared is { } shared ? Path.Combine(shared, "conformance", "npguard") : null;

    /// <summary>The shared conformance inputs by file name, or <see langword="null"/> where <c>../shared</c> is absent.</summary>
    public static IReadOnlyList<string>? SharedInputs() =>
        NpGuard is { } root ? [.. Directory.GetFiles(Path.Combine(root, "input"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!] : null;

    /// <summary>Every run for one input.</summary>
    public static IReadOnlyList<SnapshotRun> For(string input) => input == ExampleInput ? Example() : Shared(input);

    private static List<SnapshotRun> Example()
    {
        var config = RepositoryPaths.IksExample;
        var cluster = Path.Combine(RepositoryPaths.Examples, "iks-multizone", "cluster.yaml");
        var exports = Path.Combine(RepositoryPaths.Examples, "iks-multizone", "exports");
        var runs = new List<SnapshotRun>();
        AddReports(runs, ExampleInput, config);
        AddLint(runs, ExampleInput, config);

        string[][] explains =
        [
            ["--src", "bastion", "--dst", "kube-cq2lq0ud0t3mfm6aff7g-iksprod-default-0000003", "--protocol", "tcp", "--dst-ports", "22"],
            ["--src", "145.40.7.9", "--dst", "bastion", "--protocol", "tcp", "--dst-ports", "443"],
            ["--src", "145.40.7.9", "--dst", "bastion", "--protocol", "tcp", "--dst-ports", "22"],
            ["--src", "iks-prod-workers-1", "--dst", "161.26.0.10", "--protocol", "udp", "--dst-ports", "53"],
            ["--src", "kube-cq2lq0ud0t3mfm6aff7g-iksprod-default-0000001", "--dst", "iks-cq2lq0ud0t3mfm6aff7g"],
            ["--src", "kube-cq2lq0ud0t3mfm6aff7g-iksprod-default-0000001", "--dst", "0.0.0.0/0"],
            ["--src", "kube-cq2lq0ud0t3mfm6aff7g-iksprod-default-0000001", "--dst", "8.8.8.8", "--protocol", "tcp", "--dst-ports", "443"],
            ["--src", "kube-cq2lq0ud0t3mfm6aff7g-iksprod-default-0000002", "--dst", "kube-cq2lq0ud0t3mfm6aff7g-iksprod-default-0000001"],
            ["--src", "10.240.0.0/24", "--dst", "iks-prod-vpc/iks-prod-bastion", "--protocol", "tcp", "--dst-ports", "5432"],
            ["--src", "203.0.113.7", "--dst", "kube-cq2lq0ud0t3mfm6aff7g-iksprod-default-0000005", "--protocol", "icmp", "--icmp-type", "8"],
            ["--src", "bastion", "--dst", "166.9.0.1", "--protocol", "gre"],
            ["--src", "no-such-thing", "--dst", "bastion"],
            ["--src", "bastion", "--dst", "bastion"],
        ];
        foreach (var query in explains)
        {
            AddExplain(runs, ExampleInput, config, query);
        }

        // A change to diff against: the workers' ACL loses the rule that admits HTTPS replies.
        var edited = Fixture("iks-without-https-replies.json", () => WithoutAclRule(config, "allow-https-replies-inbound"));
        AddDiff(runs, ExampleInput, config, edited);

        foreach (var format in ExplainFormats)
        {
            runs.Add(new(ExampleInput, "cluster", "check", "--cluster", cluster, "--format", format));
            foreach (var era in new[] { "vpc-2020", "acl-sg-minimums", "secure-by-default" })
            {
                runs.Add(new(ExampleInput, "cluster", "check", "--cluster", cluster, "--format", format, "--era", era));
            }
        }

        foreach (var format in new[] { "script", "terraform", "json" })
        {
            runs.Add(new(ExampleInput, "cluster", "fix", "--cluster", cluster, "--format", format));
            runs.Add(new(ExampleInput, "cluster", "fix", "--cluster", cluster, "--format", format, "--legacy-protocols"));
            runs.Add(new(ExampleInput, "cluster", "fix", "--cluster", cluster, "--format", format, "--era", "secure-by-default"));
        }

        foreach (var format in new[] { "list", "csv", "json", "nftables", "iptables", "ibmcloud", "terraform" })
        {
            runs.Add(new(ExampleInput, "cluster", "allowlist", "--cluster", cluster, "--format", format));
            runs.Add(new(ExampleInput, "cluster", "allowlist", "--cluster", cluster, "--format", format, "--direction", "to-cluster"));
            runs.Add(new(ExampleInput, "cluster", "allowlist", "--cluster", cluster, "--format", format, "--direction", "to-cluster", "--workers"));
            runs.Add(new(ExampleInput, "cluster", "allowlist", "--cluster", cluster, "--format", format, "--protocol", "tcp", "--ports", "5432,6379"));
        }

        runs.Add(new(ExampleInput, "cluster", "allowlist", "--cluster", cluster, "--format", "ibmcloud", "--legacy-protocols"));
        runs.Add(new(ExampleInput, "cluster", "init", "--config", config, "--output", "-"));
        runs.Add(new(ExampleInput, "cluster", "init", "--cluster-get", Path.Combine(exports, "cluster-get.json"), "--workers", Path.Combine(exports, "workers.json"),
            "--subnets", Path.Combine(exports, "subnets.json"), "--public-gateways", Path.Combine(exports, "public-gateways.json"),
            "--cluster-info", Path.Combine(exports, "cluster-info.yaml"), "-c", config, "--output", "-"));

        foreach (var format in new[] { "txt", "md", "json", "nftables", "iptables", "probe" })
        {
            runs.Add(new(ExampleInput, "workstation", "--cluster", cluster, "--format", format));
            runs.Add(new(ExampleInput, "workstation", "--cluster", cluster, "--format", format, "--era", "vpc-2020"));
        }

        var flows = Fixture("iks-flows", () => Generate(config, "iks-flows", 3_000));
        runs.Add(SnapshotRun.Tree(ExampleInput, flows, "flows generate --records 3000 --records-per-object 1000 --seed 1"));
        foreach (var format in new[] { "txt", "json", "csv" })
        {
            runs.Add(new(ExampleInput, "flows", "replay", "-c", config, "--flows", flows, "--format", format, "--workers", "2"));
            runs.Add(new(ExampleInput, "flows", "replay", "-c", edited, "--flows", flows, "--format", format, "--workers", "2"));
        }

        // Help: every command teaches the same way it did.
        string[][] commands =
        [
            [], ["report"], ["report", "endpoints"], ["report", "subnets"], ["report", "single-subnet"], ["report", "exposure"], ["explain"], ["diff"], ["cluster"], ["cluster", "init"],
            ["cluster", "check"], ["cluster", "fix"], ["cluster", "allowlist"], ["workstation"], ["probe"], ["lint"], ["flows"], ["flows", "replay"], ["flows", "generate"],
        ];
        foreach (var command in commands)
        {
            runs.Add(new(ExampleInput, [.. command, "--help"]));
        }

        // Bad input and usage: the same errors and exit codes.
        runs.Add(new(ExampleInput, "report", "endpoints", "-c", Fixture("malformed.json", () => "{\"vpcs\": [}\n")));
        runs.Add(new(ExampleInput, "report", "endpoints", "-c", Fixture("bad-cidr.json", () => File.ReadAllText(config).Replace("10.240.1.0/28", "10.240.1.0/33", StringComparison.Ordinal))));
        runs.Add(new(ExampleInput, "report", "endpoints", "-c", Path.Combine(Fixtures, "no-such-file.json")));
        runs.Add(new(ExampleInput, "report", "endpoints", "-c", config, "--format", "sarif"));
        runs.Add(new(ExampleInput, "report", "endpoints", "-c", config, "--vpc", "no-such-vpc"));
        runs.Add(new(ExampleInput, "report", "endpoints"));
        runs.Add(new(ExampleInput, "explain", "-c", config, "--src", "bastion", "--dst", "8.8.8.8", "--protocol", "tcp", "--icmp-type", "3"));
        runs.Add(new(ExampleInput, "lint", "-c", config, "--enable", "no-such-linter"));
        runs.Add(new(ExampleInput, "cluster", "check", "--cluster", Path.Combine(Fixtures, "no-such-cluster.yaml")));
        runs.Add(new(ExampleInput, "no-such-command"));
        return runs;
    }

    private static List<SnapshotRun> Shared(string name)
    {
        var root = NpGuard ?? throw new InvalidOperationException(RepositoryPaths.NoSharedReason);
        var config = Path.Combine(root, "input", name);
        var runs = new List<SnapshotRun>();
        AddReports(runs, name, config);
        AddLint(runs, name, config);

        using var cases = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, "cases.json")));
        foreach (var @case in cases.RootElement.GetProperty("cases").EnumerateArray())
        {
            if (@case.GetProperty("input").GetString() != "input/" + name)
            {
                continue;
            }

            var filters = Filters(@case);
            switch (@case.GetProperty("kind").GetString())
            {
                case "explain":
                    AddExplain(runs, name, config, [.. ExplainQuery(@case.GetProperty("explain")), .. filters]);
                    break;
                case "diff":
                    AddDiff(runs, name, config, Path.Combine(root, @case.GetProperty("input2").GetString()!), filters);
                    break;
                case "report" when filters.Count > 0:
                    foreach (var format in ListFormats)
                    {
                        runs.Add(new(name, ["report", "endpoints", "-c", config, "--format", format, .. filters]));
                        runs.Add(new(name, ["report", "subnets", "-c", config, "--format", format, .. filters]));
                    }

                    break;
                default:
                    break;
            }
        }

        // A configuration with no interfaces has no flow logs: that refusal is locked like any other output.
        var flows = Path.Combine(Fixtures, name + "-flows");
        var generate = new SnapshotRun(name, "flows", "generate", "-c", config, "--output", flows, "--records", "600", "--records-per-object", "200", "--seed", "1");
        runs.Add(generate);
        if (generate.Execute().StartsWith("exit 0", StringComparison.Ordinal))
        {
            runs.Add(SnapshotRun.Tree(name, flows, "flows generate --records 600 --records-per-object 200 --seed 1"));
            runs.Add(new(name, "flows", "replay", "-c", config, "--flows", flows, "--format", "txt", "--workers", "2"));
            runs.Add(new(name, "flows", "replay", "-c", config, "--flows", flows, "--format", "json", "--workers", "2"));
        }

        return [.. runs.DistinctBy(r => r.Key)];
    }

    private static void AddReports(List<SnapshotRun> runs, string input, string config)
    {
        foreach (var format in ReportFormats)
        {
            foreach (var report in new[] { "endpoints", "subnets" })
            {
                runs.Add(new(input, "report", report, "-c", config, "--format", format));
                runs.Add(new(input, "report", report, "-c", config, "--format", format, "--grouping"));
            }

            runs.Add(new(input, "report", "endpoints", "-c", config, "--format", format, "--lb-per-ip"));
        }

        if (ExternalTools.Dot is not null)
        {
            runs.Add(new(input, "report", "endpoints", "-c", config, "--format", "html"));
            runs.Add(new(input, "report", "subnets", "-c", config, "--format", "html", "--grouping"));
        }

        foreach (var format in ListFormats)
        {
            runs.Add(new(input, "report", "single-subnet", "-c", config, "--format", format));
        }

        // The readable style and the exposure report: every format on the example, the text on every shared input.
        foreach (var format in input == ExampleInput ? ListFormats : ["txt"])
        {
            runs.Add(new(input, "report", "endpoints", "-c", config, "--format", format, "--style", "readable"));
            runs.Add(new(input, "report", "endpoints", "-c", config, "--format", format, "--style", "readable", "--grouping"));
            runs.Add(new(input, "report", "exposure", "-c", config, "--format", format));
        }

        if (input == ExampleInput)
        {
            runs.Add(new(input, "report", "subnets", "-c", config, "--style", "readable", "--grouping"));
            runs.Add(new(input, "report", "exposure", "-c", config, "--fail-on-exposure", "22,3389"));
            runs.Add(new(input, "report", "exposure", "-c", config, "--fail-on-exposure", "ssh"));
        }
    }

    private static void AddLint(List<SnapshotRun> runs, string input, string config)
    {
        runs.Add(new(input, "lint", "-c", config));
        runs.Add(new(input, "lint", "-c", config, "--print-all", "--enable", "sg-split-subnet", "--fail-on", "never"));
        runs.Add(new(input, "lint", "-c", config, "--format", "json"));
        runs.Add(new(input, "lint", "-c", config, "--format", "sarif", "--fail-on", "warning"));
    }

    private static void AddExplain(List<SnapshotRun> runs, string input, string config, string[] query)
    {
        foreach (var format in ExplainFormats)
        {
            runs.Add(new(input, ["explain", "-c", config, "--format", format, .. query]));
            runs.Add(new(input, ["explain", "-c", config, "--format", format, "--detail", .. query]));
        }
    }

    private static void AddDiff(List<SnapshotRun> runs, string input, string before, string after, IReadOnlyList<string>? filters = null)
    {
        foreach (var format in ListFormats)
        {
            foreach (var level in new[] { "endpoints", "subnets" })
            {
                runs.Add(new(input, ["diff", "--before", before, "--after", after, "--level", level, "--format", format, .. filters ?? []]));
            }
        }
    }

    private static string[] ExplainQuery(JsonElement explain)
    {
        var query = new List<string> { "--src", explain.GetProperty("src").GetString()!, "--dst", explain.GetProperty("dst").GetString()! };
        if (explain.TryGetProperty("protocol", out var protocol))
        {
            var name = protocol.GetString()!.ToLowerInvariant();
            query.AddRange(["--protocol", name]);
            if (name is "tcp" or "udp")
            {
                query.AddRange(["--src-ports", $"{explain.GetProperty("srcMinPort").GetInt32()}-{explain.GetProperty("srcMaxPort").GetInt32()}"]);
                query.AddRange(["--dst-ports", $"{explain.GetProperty("dstMinPort").GetInt32()}-{explain.GetProperty("dstMaxPort").GetInt32()}"]);
            }
        }

        return [.. query];
    }

    private static List<string> Filters(JsonElement @case)
    {
        var filters = new List<string>();
        if (@case.TryGetProperty("vpcList", out var vpcs))
        {
            foreach (var vpc in vpcs.EnumerateArray())
            {
                filters.AddRange(["--vpc", vpc.GetString()!]);
            }
        }

        if (@case.TryGetProperty("regions", out var regions))
        {
            foreach (var region in regions.EnumerateArray())
            {
                filters.AddRange(["--region", region.GetString()!]);
            }
        }

        if (@case.TryGetProperty("resourceGroup", out var group) && group.ValueKind == JsonValueKind.String)
        {
            filters.AddRange(["--resource-group", group.GetString()!]);
        }

        return filters;
    }

    /// <summary>Where the runs' own input files are written, fresh for each test process (outputs name it as a placeholder).</summary>
    internal static string Fixtures { get; } = CreateFixtures();

    private static string CreateFixtures()
    {
        var directory = Directory.CreateTempSubdirectory("portcullis-snapshot-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(directory, recursive: true);
        return directory;
    }

    private static readonly Lock FixtureLock = new();

    private static string Fixture(string name, Func<string> create)
    {
        lock (FixtureLock)
        {
            var path = Path.Combine(Fixtures, name);
            if (!Path.Exists(path))
            {
                var created = create();
                if (!Path.Exists(path))
                {
                    File.WriteAllText(path, created);
                }
            }

            return path;
        }
    }

    private static string Generate(string config, string name, int records)
    {
        var directory = Path.Combine(Fixtures, name);
        var result = CliRunner.Run("flows", "generate", "-c", config, "--output", directory, "--records", records.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--records-per-object", (records / 3).ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", "1");
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"flows generate failed: {result.Error}");
        }

        return directory;
    }

    private static string WithoutAclRule(string config, string ruleName)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(config))!;
        foreach (var acl in root["network_acls"]!.AsArray())
        {
            var rules = acl!["rules"]!.AsArray();
            foreach (var rule in rules.Where(r => r!["name"]!.GetValue<string>() == ruleName).ToList())
            {
                rules.Remove(rule);
            }
        }

        return root.ToJsonString();
    }

    /// <summary>The content of a directory tree as one text: each file's relative path and its (decompressed) bytes' hash.</summary>
    internal static string TreeText(string directory)
    {
        var text = new StringBuilder();
        foreach (var file in Directory.GetFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(file);
            using var content = file.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : (Stream)stream;
            text.Append(Path.GetRelativePath(directory, file)).Append(' ').AppendLine(Convert.ToHexStringLower(SHA256.HashData(content)));
        }

        return text.ToString();
    }
}
