using System.Collections.Immutable;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Core.Model;

/// <summary>
/// Lays a managed configuration (what a Terraform state or plan says) over one collected from the account, where
/// <see cref="VpcConfiguration.Merge"/> keeps the first of two copies: here the managed copy wins.
/// </summary>
/// <remarks>
/// An object both hold is matched by id (or CRN), else by VPC and name: a plan that creates an object anew (a
/// replacement, whose id is not known yet) puts it in the old one's place. Objects the managed configuration only
/// observes (read through data sources) give way to the collected ones, which are fresher; objects it deletes go.
/// References to a replaced object follow it to its replacement.
/// </remarks>
public static class ConfigurationOverlay
{
    /// <summary>Overlays <paramref name="managed"/> on <paramref name="beneath"/>.</summary>
    /// <param name="beneath">The configuration beneath (collected, or exported).</param>
    /// <param name="managed">The managed configuration.</param>
    /// <param name="observedIds">Ids of objects of <paramref name="managed"/> that it holds without managing them.</param>
    /// <param name="deletedIds">Ids of objects that the managed configuration deletes.</param>
    public static OverlayResult Apply(VpcConfiguration beneath, VpcConfiguration managed, IReadOnlySet<string> observedIds, IReadOnlySet<string> deletedIds)
    {
        ArgumentNullException.ThrowIfNull(beneath);
        ArgumentNullException.ThrowIfNull(managed);
        ArgumentNullException.ThrowIfNull(observedIds);
        ArgumentNullException.ThrowIfNull(deletedIds);
        var pass = new Pass(observedIds, deletedIds);
        var vpcs = pass.Overlay(beneath.Vpcs, managed.Vpcs, ResourceKind.Vpc, v => [v.Id, v.Crn], v => v.Region ?? string.Empty, v => v.Name, v => v.Location);

        // A VPC matched by name has another id in each configuration: objects in it are matched under either.
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var vpc in vpcs)
        {
            canonical[vpc.Id] = vpc.Id;
            canonical[vpc.Crn] = vpc.Id;
        }

        foreach (var (from, to) in pass.Aliases)
        {
            canonical.TryAdd(from, canonical.GetValueOrDefault(to, to));
        }

        string Vpc(string id) => canonical.GetValueOrDefault(id, id);
        var combined = new VpcConfiguration
        {
            Vpcs = vpcs,
            Subnets = pass.Overlay(beneath.Subnets, managed.Subnets, ResourceKind.Subnet, s => [s.Id, s.Crn], s => Vpc(s.VpcId), s => s.Name, s => s.Location),
            NetworkAcls = pass.Overlay(beneath.NetworkAcls, managed.NetworkAcls, ResourceKind.NetworkAcl, a => [a.Id, a.Crn], a => Vpc(a.VpcId), a => a.Name, a => a.Location),
            SecurityGroups = pass.Overlay(beneath.SecurityGroups, managed.SecurityGroups, ResourceKind.SecurityGroup, g => [g.Id, g.Crn], g => Vpc(g.VpcId), g => g.Name, g => g.Location),
            Instances = pass.Overlay(beneath.Instances, managed.Instances, ResourceKind.Instance, i => [i.Id, i.Crn], i => Vpc(i.VpcId), i => i.Name, i => i.Location),
            EndpointGateways = pass.Overlay(beneath.EndpointGateways, managed.EndpointGateways, ResourceKind.EndpointGateway, e => [e.Id, e.Crn], e => Vpc(e.VpcId), e => e.Name, e => e.Location),
            FloatingIps = pass.Overlay(beneath.FloatingIps, managed.FloatingIps, ResourceKind.FloatingIp, f => [f.Id], f => f.Zone ?? string.Empty, f => f.Name, f => f.Location),
            PublicGateways = pass.Overlay(beneath.PublicGateways, managed.PublicGateways, ResourceKind.PublicGateway, p => [p.Id, p.Crn], p => Vpc(p.VpcId), p => p.Name, p => p.Location),
            LoadBalancers = pass.Overlay(beneath.LoadBalancers, managed.LoadBalancers, ResourceKind.LoadBalancer, l => [l.Id, l.Crn], _ => string.Empty, l => l.Name, l => l.Location),
            TransitGateways = pass.Overlay(beneath.TransitGateways, managed.TransitGateways, ResourceKind.TransitGateway, t => [t.Crn, t.Id], _ => string.Empty, t => t.Name, t => t.SourceLocation),
            TransitConnections = pass.Overlay(beneath.TransitConnections, managed.TransitConnections, ResourceKind.TransitConnection, c => [c.Id], c => c.TransitGatewayName, c => c.Name, c => c.Location),
            RoutingTables = pass.Overlay(beneath.RoutingTables, managed.RoutingTables, ResourceKind.RoutingTable, r => [r.Id], r => Vpc(r.VpcId ?? string.Empty), r => r.Name, r => r.Location),
            IksClusters = pass.Overlay(beneath.IksClusters, managed.IksClusters, ResourceKind.IksCluster, c => [c.Id], _ => string.Empty, c => c.Name, c => c.Location),
        };

        var result = pass.Aliases.Count == 0 ? combined : ConfigurationIds.Rewrite(combined, pass.Aliases);
        return new OverlayResult(result, [.. pass.Changes]);
    }

    private sealed class Pass(IReadOnlySet<string> observed, IReadOnlySet<string> deleted)
    {
        public List<OverlayChange> Changes { get; } = [];

        /// <summary>Ids (and CRNs) of replaced objects mapped to those of their replacements, where they differ.</summary>
        public Dictionary<string, string> Aliases { get; } = new(StringComparer.Ordinal);

        public ImmutableArray<T> Overlay<T>(
            ImmutableArray<T> beneath,
            ImmutableArray<T> managed,
            ResourceKind kind,
            Func<T, string?[]> keys,
            Func<T, string> scope,
            Func<T, string> name,
            Func<T, SourceLocation?> location)
        {
            if (managed.IsDefaultOrEmpty && deleted.Count == 0)
            {
                return beneath;
            }

            var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
            var byName = new Dictionary<(string, string), int>();
            for (var i = 0; i < managed.Length; i++)
            {
                foreach (var key in keys(managed[i]).OfType<string>())
                {
                    byKey.TryAdd(key, i);
                }

                // Only an object the configuration manages can take another's place by name.
                if (!observed.Contains(keys(managed[i])[0]!))
                {
                    byName.TryAdd((scope(managed[i]), name(managed[i])), i);
                }
            }

            var used = new bool[managed.Length];
            var result = new List<T>(beneath.Length + managed.Length);
            foreach (var item in beneath)
            {
                var own = keys(item);
                var match = own.OfType<string>().Select(k => byKey.TryGetValue(k, out var i) ? i : -1).FirstOrDefault(i => i >= 0, -1);
                var matchedByName = false;
                if (match < 0 && byName.TryGetValue((scope(item), name(item)), out var named))
                {
                    // A plan that replaces an object deletes the old id and creates one it does not know yet, under the same name.
                    match = named;
                    matchedByName = true;
                }

                if (match < 0 && own.OfType<string>().Any(deleted.Contains))
                {
                    Changes.Add(new OverlayChange(OverlayAction.Removed, kind, own[0]!, name(item), location(item)));
                    continue;
                }

                if (match < 0 || used[match])
                {
                    result.Add(item);
                    continue;
                }

                used[match] = true;
                var replacement = managed[match];
                var theirs = keys(replacement);
                if (observed.Contains(theirs[0]!))
                {
                    result.Add(item); // the collected copy is fresher than what a data source read
                    continue;
                }

                result.Add(replacement);
                Changes.Add(new OverlayChange(OverlayAction.Replaced, kind, own[0]!, name(item), location(item), theirs[0], location(replacement), matchedByName));
                for (var k = 0; k < Math.Min(own.Length, theirs.Length); k++)
                {
                    if (own[k] is { } from && theirs[k] is { } to && from != to)
                    {
                        Aliases[from] = to;
                    }
                }
            }

            for (var i = 0; i < managed.Length; i++)
            {
                if (!used[i])
                {
                    result.Add(managed[i]);
                }
            }

            return [.. result];
        }
    }
}
