using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Analysis;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Lint.Findings;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Lint.Linters;

/// <summary>
/// <c>admin-port-open-to-internet</c>: remote administration and data-store ports (<see cref="AdminPorts"/>) open to
/// the whole public internet. It checks the effective connectivity, then the rules:
/// <list type="bullet">
/// <item>an endpoint that accepts such a port from every public address (through its floating IP or public load
/// balancer, its subnet's ACL and its groups) is an <b>error</b>, citing the group and ACL rules that let it in;</item>
/// <item>a security-group rule open to the whole internet (such as <c>0.0.0.0/0</c>) on such a port, where no member
/// is exposed to the whole internet because another layer narrows it, is a <b>warning</b> when some public addresses
/// still get through and a <b>note</b> when none do (no public route, or the ACL denies): the group alone no longer
/// protects them, and the next ACL or routing change opens the port.</item>
/// </list>
/// ACL rules alone are not reported: ACLs that allow everything are common and the groups are the intended control.
/// </summary>
internal sealed class AdminPortLinter : Linter
{
    public AdminPortLinter()
        : base(
            "admin-port-open-to-internet",
            "Administrative ports open to the internet",
            "Remote administration and data-store ports (SSH 22, RDP 3389, Telnet 23, VNC, WinRM, Docker, etcd, kubelet, SQL Server 1433, "
            + "Oracle 1521, MySQL 3306, PostgreSQL 5432, Redis 6379, Elasticsearch 9200, Memcached, MongoDB 27017) open to the whole "
            + "public internet. An endpoint that accepts them from every public address is an error; a security group rule open to "
            + "0.0.0.0/0 on them that another layer happens to narrow is a warning (some addresses get through) or a note (none do).",
            Severity.Error)
    {
    }

    public override IEnumerable<LintFinding> Check(LintContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var exposure = context.Topology.Endpoints.ToDictionary(e => e, e => Exposure(context.Analyzer, e));
        var fullyExposed = new HashSet<(Endpoint, int)>();
        foreach (var target in exposure.Keys.Where(e => e.FloatingIp is not null).GroupBy(TargetKey))
        {
            var endpoint = target.First();
            var ports = AdminPorts.Tcp.Select(t => t.Port).Where(p => target.Any(e => exposure[e].GetValueOrDefault(p) == ExternalAddressSpace.PublicInternet)).ToArray();
            foreach (var member in target)
            {
                fullyExposed.UnionWith(ports.Where(p => exposure[member].GetValueOrDefault(p) == ExternalAddressSpace.PublicInternet).Select(p => (member, p)));
            }

            if (ports.Length > 0)
            {
                yield return Exposed(context, endpoint, ports);
            }
        }

        foreach (var vpc in context.Topology.Vpcs)
        {
            foreach (var group in vpc.SecurityGroups)
            {
                foreach (var rule in group.Rules.Where(r => r.Direction == TrafficDirection.Inbound && OpenToInternet(r)))
                {
                    var ports = PortsOf(rule.Connection);
                    var members = vpc.Endpoints.Where(e => e.SecurityGroups.Contains(group) && (!rule.HasLocal || rule.Local.Contains(e.Address))).ToList();
                    if (ports.Length == 0 || members.Any(m => ports.Any(p => fullyExposed.Contains((m, p)))))
                    {
                        continue; // nothing administrative, or already an error on a member
                    }

                    yield return Latent(context, vpc, group, rule, ports, members, exposure);
                }
            }
        }
    }

    /// <summary>For each administrative port, the public addresses from which the endpoint accepts some TCP to it.</summary>
    private static Dictionary<int, IpAddressSet> Exposure(ConnectivityAnalyzer analyzer, Endpoint endpoint)
    {
        var exposed = new Dictionary<int, IpAddressSet>();
        if (endpoint.FloatingIp is null)
        {
            return exposed;
        }

        foreach (var block in endpoint.Vpc.ExternalBlocks.Where(b => b.Kind == ExternalKind.PublicInternet))
        {
            var connection = analyzer.Evaluate(block, endpoint).Connection;
            foreach (var port in PortsOf(connection))
            {
                exposed[port] = exposed.GetValueOrDefault(port).Union(block.Addresses);
            }
        }

        return exposed;
    }

    private static int[] PortsOf(ConnectionSet connection)
    {
        var destinations = connection.Tcp.IsEmpty ? IntervalSet<int>.Empty : SecondProjection(connection.Tcp);
        return [.. AdminPorts.Tcp.Select(t => t.Port).Where(destinations.Contains)];
    }

    private static IntervalSet<int> SecondProjection(ProductSet pairs) => pairs.Transpose().FirstProjection();

    private static bool OpenToInternet(SecurityGroupRule rule) =>
        rule.Remote is CidrRemote cidr && ExternalAddressSpace.PublicInternet.IsSubsetOf(cidr.Prefix.ToAddressSet());

    // Load balancers are one target whatever number of addresses they have.
    private static string TargetKey(Endpoint endpoint) => endpoint.Kind == EndpointKind.LoadBalancerPrivateIp ? endpoint.OwnerId : endpoint.Id;

    private AdminPortExposedFinding Exposed(LintContext context, Endpoint endpoint, int[] ports)
    {
        var query = Query(ports);
        var groupRules = endpoint.SecurityGroups
            .SelectMany(g => g.Rules.Where(r => r.Direction == TrafficDirection.Inbound && (!r.HasLocal || r.Local.Contains(endpoint.Address))
                && r.Connection.Overlaps(query) && endpoint.Vpc.RemoteAddresses(r.Remote).Overlaps(ExternalAddressSpace.PublicInternet))
                .Select(r => LintSubject.Of(g, r, endpoint.Vpc)))
            .ToList();
        var acl = endpoint.Subnet.Acl;
        var aclRules = acl.RulesOf(TrafficDirection.Inbound)
            .Where(r => r.Action == AclAction.Allow && r.Destination.Contains(endpoint.Address) && r.Connection.Overlaps(query) && r.Source.ToAddressSet().Overlaps(ExternalAddressSpace.PublicInternet))
            .Select(r => LintSubject.Of(acl, r, endpoint.Vpc))
            .ToImmutableArray();
        return new AdminPortExposedFinding(Name, Severity, endpoint, [.. ports], [.. groupRules], aclRules)
        {
            Subjects = [.. groupRules, context.Subject(endpoint)],
            Related = aclRules,
        };
    }

    private AdminPortLatentFinding Latent(LintContext context, VpcNetwork vpc, SecurityGroup group, SecurityGroupRule rule, int[] ports, List<Endpoint> members, Dictionary<Endpoint, Dictionary<int, IpAddressSet>> exposure)
    {
        var exposures = members
            .Select(m => new MemberExposure(m, [.. ports.Select(p => (Port: p, From: exposure[m].GetValueOrDefault(p))).Where(x => !x.From.IsEmpty)]))
            .ToImmutableArray();
        var partly = exposures.Any(e => !e.Reachable.IsEmpty);
        return new AdminPortLatentFinding(Name, partly ? Severity.Warning : Severity.Note, vpc, group, rule, [.. ports], exposures)
        {
            Subjects = [LintSubject.Of(group, rule, vpc)],
            Related = [.. members.Select(context.Subject), .. members.Select(m => m.Subnet.Acl).Distinct().Select(a => LintSubject.Of(a, vpc))],
        };
    }

    private static ConnectionSet Query(int[] ports) =>
        ConnectionSet.Ports(IpProtocols.Tcp, IntervalSet<int>.Range(ConnectionSet.MinPort, ConnectionSet.MaxPort), IntervalSet<int>.Of(ports.Select(p => new Interval<int>(p, p))));
}
