using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;

namespace Portcullis.Formats.Configuration;

/// <summary>Words what a Terraform file replaced or removed when laid over the configurations given before it.</summary>
internal static class OverlayNotes
{
    private const int Listed = 5; // objects named in the summary; --verbose lists each

    public static void Report(string file, IReadOnlyList<OverlayChange> changes, DiagnosticBag diagnostics)
    {
        if (changes.Count == 0)
        {
            return;
        }

        foreach (var change in changes)
        {
            var replacement = change.ReplacementLocation?.Path ?? change.ReplacementId;
            var descriptor = change.Action == OverlayAction.Removed ? ConfigurationDiagnostics.ObjectRemoved
                : change.MatchedByName ? ConfigurationDiagnostics.ObjectReplacedByName
                : ConfigurationDiagnostics.ObjectReplaced;
            diagnostics.Report(descriptor, change.Location, Kind(change.Kind), change.Name, change.Id, change.Action == OverlayAction.Removed ? file : replacement);
        }

        var replaced = changes.Where(c => c.Action == OverlayAction.Replaced).ToList();
        if (replaced.Count > 0)
        {
            diagnostics.Report(ConfigurationDiagnostics.ObjectsReplaced, new SourceLocation(file), Count(replaced.Count), Names(replaced));
        }

        var removed = changes.Where(c => c.Action == OverlayAction.Removed).ToList();
        if (removed.Count > 0)
        {
            diagnostics.Report(ConfigurationDiagnostics.ObjectsRemoved, new SourceLocation(file), Count(removed.Count), Names(removed));
        }
    }

    private static string Count(int n) => n == 1 ? "1 object" : $"{n} objects";

    private static string Names(List<OverlayChange> changes) =>
        string.Join(", ", changes.Take(Listed).Select(c => $"{Kind(c.Kind)} {c.Name}")) + (changes.Count > Listed ? $" and {changes.Count - Listed} more" : string.Empty);

    internal static string Kind(ResourceKind kind) => kind switch
    {
        ResourceKind.Vpc => "VPC",
        ResourceKind.Subnet => "subnet",
        ResourceKind.NetworkAcl => "network ACL",
        ResourceKind.SecurityGroup => "security group",
        ResourceKind.Instance => "instance",
        ResourceKind.EndpointGateway => "endpoint gateway",
        ResourceKind.FloatingIp => "floating IP",
        ResourceKind.PublicGateway => "public gateway",
        ResourceKind.LoadBalancer => "load balancer",
        ResourceKind.TransitGateway => "transit gateway",
        ResourceKind.TransitConnection => "transit gateway connection",
        ResourceKind.RoutingTable => "routing table",
        _ => "cluster",
    };
}
