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
            var what = $"{Kind(change.Kind)} {change.Name} ({change.Id})";
            var message = change.Action == OverlayAction.Removed
                ? $"{what} is removed: {file} deletes it"
                : $"{what} is replaced by {change.ReplacementLocation?.Path ?? change.ReplacementId}{(change.MatchedByName ? ", matched by VPC and name (its id is new)" : string.Empty)}";
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, InputCodes.ReplacedObject, message, change.Location));
        }

        var replaced = changes.Where(c => c.Action == OverlayAction.Replaced).ToList();
        var removed = changes.Where(c => c.Action == OverlayAction.Removed).ToList();
        var parts = new List<string>();
        if (replaced.Count > 0)
        {
            parts.Add($"replaces {Count(replaced.Count)} of the configurations given before it ({Names(replaced)})");
        }

        if (removed.Count > 0)
        {
            parts.Add($"removes {Count(removed.Count)} it deletes ({Names(removed)})");
        }

        diagnostics.Warning(InputCodes.Replaced, $"{string.Join(" and ", parts)}; --verbose lists each", new SourceLocation(file));
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
