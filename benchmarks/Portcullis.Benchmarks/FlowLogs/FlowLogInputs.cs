using Portcullis.Benchmarks.Vpc;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Core.Topology;
using Portcullis.Flows.Formats.FlowLogs;

namespace Portcullis.Benchmarks.FlowLogs;

/// <summary>
/// The inputs of the flow-replay benchmarks: the generated 1,000-subnet / 5,000-endpoint VPC (200-rule ACLs,
/// 100-rule security groups) and seeded flow-log trees of it, written once under the temp directory and reused.
/// </summary>
public static class FlowLogInputs
{
    public static readonly DateTimeOffset Start = new(2025, 1, 6, 0, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<(VpcConfiguration Configuration, NetworkTopology Topology)> Vpc = new(() =>
    {
        var configuration = new VpcGenerator(seed: 2026).Generate(VpcGenerator.Large);
        return (configuration, NetworkTopology.Build(configuration, TopologyFilter.None, new DiagnosticBag())!);
    });

    public static VpcConfiguration Configuration => Vpc.Value.Configuration;

    public static NetworkTopology Topology => Vpc.Value.Topology;

    /// <summary>The directory of a tree of <paramref name="records"/> records (500 per object), generated on first use.</summary>
    public static string Tree(long records)
    {
        var directory = Path.Combine(Path.GetTempPath(), "portcullis-bench-flowlogs", $"vpc2026-seed7-{records}");
        var done = Path.Combine(directory, ".complete");
        if (!File.Exists(done))
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }

            Console.Error.WriteLine($"// generating {records:N0} flow-log records under {directory} (once)");
            new FlowLogGenerator(Topology, seed: 7).WriteTree(directory, records, recordsPerObject: 500, Start);
            File.WriteAllText(done, string.Empty);
        }

        return directory;
    }
}
