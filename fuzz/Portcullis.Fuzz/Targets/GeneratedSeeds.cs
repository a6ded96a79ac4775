using Portcullis.Fuzz.Execution;

namespace Portcullis.Fuzz.Targets;

/// <summary>
/// Seeds that are made rather than shipped: flow-log objects and a probe targets file written by Portcullis itself
/// from the example, and small ClassBench files written here (the published sets are not ours to copy).
/// </summary>
internal static class GeneratedSeeds
{
    /// <summary>Writes the generated seeds under the workspace's <c>generated</c> folder.</summary>
    public static void Write(Workspace workspace)
    {
        var folder = Directory.CreateDirectory(workspace["generated"]).FullName;
        var flows = workspace["generated-flows"];
        Require(CommandLine.Run(["flows", "generate", "--config", workspace["iks-multizone/config.json"], "--output", flows, "--records", "60", "--records-per-object", "30"], TimeSpan.FromMinutes(2)), "flows generate");
        var objects = Directory.GetFiles(flows, "*.gz", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < Math.Min(2, objects.Length); i++)
        {
            File.Copy(objects[i], Path.Combine(folder, $"seed-{i + 1}.json.gz"));
        }

        Require(CommandLine.Run(["workstation", "--cluster", workspace["iks-multizone/cluster.yaml"], "--format", "probe", "--output", Path.Combine(folder, "targets.yaml")], TimeSpan.FromMinutes(1)), "workstation --format probe");
        File.WriteAllText(Path.Combine(folder, "targets.json"), """
            {"targets": [
              {"name": "registry", "url": "https://us.icr.io/api/v1/messages", "expect": {"status": "200,204"}, "purpose": "image pulls"},
              {"name": "etcd", "host": "c100.us-south.containers.cloud.ibm.com", "port": 30245, "check": "tls", "insecure": true},
              {"name": "dns", "url": "dns://private.us.icr.io"}
            ]}
            """);
        File.WriteAllText(Path.Combine(folder, "filters.txt"), """
            @10.0.0.0/8	192.168.1.0/24	0 : 65535	80 : 80	0x06/0xFF	0x0000/0x0000
            @0.0.0.0/0	10.1.0.0/16	1024 : 65535	53 : 53	0x11/0xFF	0x0000/0x0000
            @172.16.0.0/12	0.0.0.0/0	0 : 65535	0 : 65535	0x00/0x00	0x0000/0x0000
            @192.168.1.7/32	10.0.0.1/32	22 : 22	0 : 1023	0x06/0xFF	0x1000/0x1000
            """.Replace("\r", "", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(folder, "trace.txt"), """
            167772161	3232235777	1234	80	6	0	0
            167772161	167837697	2000	53	17	0	1
            2886729729	1	5	5	1	0	2
            3232235783	167772161	22	100	6	0	-1
            """.Replace("\r", "", StringComparison.Ordinal));
    }

    private static void Require(Outcome? outcome, string what)
    {
        if (outcome is not { ExitCode: 0 })
        {
            throw new InvalidOperationException($"{what} failed while writing the seeds: {outcome?.Error ?? "it did not finish"}");
        }
    }
}
