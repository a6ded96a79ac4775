using System.Text.Json;
using Portcullis.Application.Tests.Support;

namespace Portcullis.Application.Tests.Hostile;

/// <summary>
/// The example cluster and VPC copied into a temporary directory with hostile ids and names: the network ACL's id holds
/// command substitution, backticks, quotes, an HCL interpolation and a line break; a deny rule's id holds a line break
/// followed by a command; the cluster's name holds a line break followed by a command. The fix keeps every id.
/// </summary>
internal sealed class HostileCluster : IDisposable
{
    /// <summary>Replaces the example's worker ACL id.</summary>
    public const string AclId = "acl1$(touch pwned-acl)`touch pwned-tick`'\"${file(\"/etc/passwd\")}%{ if true }x%{ endif }\nresource \"ibm_is_vpc\" \"evil\" {}\n";

    /// <summary>Replaces the id of the ACL's inbound deny rule (the fix's <c>--before-rule</c>).</summary>
    public const string DenyRuleId = "deny\ntouch pwned-newline";

    /// <summary>The cluster's name.</summary>
    public const string ClusterName = "iks-prod\ntouch pwned-name\n\u001b]0;owned\u0007";

    public HostileCluster()
    {
        var json = File.ReadAllText(Paths.Config)
            .Replace("\"r006-a1000000-0000-4000-8000-000000000001\"", Json(AclId), StringComparison.Ordinal)
            .Replace("\"r006-r-deny-all-inbound\"", Json(DenyRuleId), StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(Directory, "config.json"), json);
        var yaml = File.ReadAllText(Paths.Cluster).Replace("name: iks-prod\n", "name: \"iks-prod\\ntouch pwned-name\\n\\e]0;owned\\a\"\n", StringComparison.Ordinal);
        Assert.Contains("pwned-name", yaml, StringComparison.Ordinal);
        File.WriteAllText(Description, yaml);
    }

    /// <summary>The temporary directory (the scripts run here, so a marker file would appear here).</summary>
    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("portcullis-hostile-").FullName;

    /// <summary>The hostile cluster.yaml (its vpcConfigs is the hostile config.json beside it).</summary>
    public string Description => Path.Combine(Directory, "cluster.yaml");

    /// <summary>Files whose name starts with <c>pwned</c>: what an injected command would have created.</summary>
    public IEnumerable<string> Markers => System.IO.Directory.EnumerateFiles(Directory, "pwned*").Select(Path.GetFileName)!;

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    private static string Json(string value) => JsonSerializer.Serialize(value);
}
