using System.Collections.Immutable;
using Portcullis.Cluster.Description;
using Portcullis.Cluster.Requirements;
using Portcullis.Core.Addresses;
using Portcullis.Core.Analysis;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Core.Topology;

namespace Portcullis.Cluster.Check;

/// <summary>
/// A cluster description bound to the VPC configuration that holds its firewalls: the workers as endpoints of the
/// compiled topology, the worker subnets, the master VPE, and every parameter the requirements need.
/// </summary>
public sealed class ClusterBinding
{
    private ClusterBinding(
        ClusterDescription description,
        VpcConfiguration configuration,
        ConnectivityAnalyzer analyzer,
        VpcNetwork vpc,
        ImmutableArray<Endpoint> workers,
        ImmutableArray<SubnetNode> workerSubnets,
        ImmutableArray<Endpoint> masterVpe,
        DocumentationEra era,
        ImmutableArray<IpPrefix> controlPlane,
        ImmutableArray<BindingNote> notes)
    {
        Description = description;
        Configuration = configuration;
        Analyzer = analyzer;
        Vpc = vpc;
        Workers = workers;
        WorkerSubnets = workerSubnets;
        MasterVpe = masterVpe;
        Era = era;
        ControlPlane = controlPlane;
        Notes = notes;
    }

    /// <summary>The cluster.</summary>
    public ClusterDescription Description { get; }

    /// <summary>The configuration analysed (with the cluster's workers added when the collector had none).</summary>
    public VpcConfiguration Configuration { get; }

    /// <summary>The analysis of <see cref="Configuration"/>.</summary>
    public ConnectivityAnalyzer Analyzer { get; }

    /// <summary>The cluster's VPC.</summary>
    public VpcNetwork Vpc { get; }

    /// <summary>The workers.</summary>
    public ImmutableArray<Endpoint> Workers { get; }

    /// <summary>The subnets the worker pools use (and any other subnet with a worker).</summary>
    public ImmutableArray<SubnetNode> WorkerSubnets { get; }

    /// <summary>The reserved IPs of the master's VPE gateway, if the configuration has it.</summary>
    public ImmutableArray<Endpoint> MasterVpe { get; }

    /// <summary>The documentation era whose catalog applies.</summary>
    public DocumentationEra Era { get; }

    /// <summary>The control-plane CIDRs of the cluster's metro (empty when unknown).</summary>
    public ImmutableArray<IpPrefix> ControlPlane { get; }

    /// <summary>Remarks on how the binding was made (workers placed for want of a worker list ...).</summary>
    public ImmutableArray<BindingNote> Notes { get; }

    /// <summary>The port of the master's service endpoint (private first), if known.</summary>
    public int? MasterPort => Description.PrivateEndpoint?.Port ?? Description.PublicEndpoint?.Port;

    /// <summary>The cluster's own security group, <c>kube-&lt;clusterID&gt;</c>, when the workers have it.</summary>
    public SecurityGroup? ClusterGroup => Workers.SelectMany(w => w.SecurityGroups).FirstOrDefault(g => g.Name == $"kube-{Description.Id}");

    /// <summary>
    /// Binds a description to a configuration. When the configuration has no worker of the cluster (the collector
    /// did not list the cluster), the description's workers are added, or, without a worker list, one worker per
    /// worker subnet at the subnet's first assignable address (VPC reserves the first four).
    /// </summary>
    /// <returns>The binding, or <see langword="null"/> after reporting why in <paramref name="diagnostics"/>.</returns>
    public static ClusterBinding? TryBind(ClusterDescription description, VpcConfiguration configuration, CloudFacts facts, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var notes = ImmutableArray.CreateBuilder<BindingNote>();
        var where = description.Location;
        var existing = configuration.IksClusters.FirstOrDefault(c => c.Id == description.Id);
        if (existing is null || existing.Workers.IsEmpty)
        {
            var (cluster, note) = Synthesize(description, configuration);
            notes.Add(note);
            configuration = configuration with { IksClusters = [.. configuration.IksClusters.Where(c => c.Id != description.Id), cluster] };
        }

        var local = new DiagnosticBag();
        var topology = NetworkTopology.Build(configuration, TopologyFilter.None, local);
        diagnostics.AddRange(local.ToImmutable().Where(d => d.Severity == Severity.Error));
        if (topology is null)
        {
            return null;
        }

        var analyzer = new ConnectivityAnalyzer(topology);
        var workers = topology.Endpoints.Where(e => e.Kind == EndpointKind.IksWorker && e.OwnerId == description.Id).ToImmutableArray();
        if (workers.IsEmpty)
        {
            diagnostics.Report(ClusterDiagnostics.WorkersNotInConfiguration, where, description.Name, description.Id);
            return null;
        }

        var vpc = workers[0].Vpc;
        if (workers.Any(w => w.Vpc != vpc))
        {
            diagnostics.Report(ClusterDiagnostics.WorkersInSeveralVpcs, where, description.Name, vpc.Name);
            workers = [.. workers.Where(w => w.Vpc == vpc)];
        }

        var subnets = new List<SubnetNode>();
        foreach (var wanted in description.WorkerSubnets)
        {
            var node = vpc.Subnets.FirstOrDefault(s => (wanted.Id is not null && (s.Subnet.Id == wanted.Id || s.Subnet.Crn == wanted.Id)) || s.Subnet.Cidr == wanted.Cidr);
            if (node is null)
            {
                diagnostics.Report(ClusterDiagnostics.WorkerSubnetNotInVpc, where, description.Name, wanted.DisplayName, wanted.Cidr, vpc.Name);
            }
            else if (!subnets.Contains(node))
            {
                subnets.Add(node);
            }
        }

        foreach (var worker in workers.Where(w => !subnets.Contains(w.Subnet)))
        {
            subnets.Add(worker.Subnet);
        }

        var vpeIds = configuration.EndpointGateways
            .Where(g => g.Name == $"iks-{description.Id}" || (g.Target?.Contains($":{description.Id}:", StringComparison.Ordinal) ?? false))
            .Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        var masterVpe = vpc.Endpoints.Where(e => e.Kind == EndpointKind.EndpointGatewayIp && vpeIds.Contains(e.OwnerId)).ToImmutableArray();

        var era = EraNames.For(description);
        var controlPlane = description.Overrides.ControlPlaneCidrs.IsDefaultOrEmpty
            ? (description.Overrides.Metro ?? facts.Region(description.Region)?.Metro) is { } metro ? facts.ControlPlane(metro) : []
            : description.Overrides.ControlPlaneCidrs;
        return new ClusterBinding(description, configuration, analyzer, vpc, workers, [.. subnets.OrderBy(s => s.Subnet.Cidr.First)], masterVpe, era, controlPlane, notes.ToImmutable());
    }

    private static (IksCluster Cluster, BindingNote Note) Synthesize(ClusterDescription description, VpcConfiguration configuration)
    {
        var subnets = description.WorkerSubnets;
        WorkerSubnet? SubnetOf(ClusterWorker worker) =>
            subnets.FirstOrDefault(s => worker.SubnetId is not null && s.Id == worker.SubnetId) ?? subnets.FirstOrDefault(s => s.Cidr.Contains(worker.Address));
        ImmutableArray<IksWorkerNode> nodes;
        BindingNote note;
        if (!description.Workers.IsDefaultOrEmpty)
        {
            nodes = [.. description.Workers.Select(w => SubnetOf(w) is { } s
                ? new IksWorkerNode(w.Id, w.Address, w.SubnetId ?? s.Id ?? ConfigSubnetId(configuration, s.Cidr), s.Cidr, w.Zone ?? s.Zone, w.Pool)
                : new IksWorkerNode(w.Id, w.Address, w.SubnetId, default, w.Zone, w.Pool))];
            note = new BindingNote(BindingNoteKind.WorkersFromDescription, description.Id, nodes.Length);
        }
        else
        {
            var placed = new List<IksWorkerNode>();
            foreach (var (subnet, index) in subnets.Select((s, i) => (s, i)))
            {
                var address = new IpAddress(subnet.Cidr.First.Value + 4);
                placed.Add(new IksWorkerNode($"kube-{description.Id}-worker-{index + 1}", address, subnet.Id ?? ConfigSubnetId(configuration, subnet.Cidr), subnet.Cidr, subnet.Zone, null));
            }

            nodes = [.. placed];
            note = new BindingNote(BindingNoteKind.WorkersAssumed, description.Id);
        }

        var cluster = new IksCluster(description.Id, description.Name, description.Region, description.VersionText, description.PodSubnet, description.ServiceSubnet,
            description.PrivateEndpoint?.Url ?? description.PublicEndpoint?.Url, nodes, description.Location);
        return (cluster, note);
    }

    private static string? ConfigSubnetId(VpcConfiguration configuration, IpPrefix cidr) => configuration.Subnets.FirstOrDefault(s => s.Cidr == cidr)?.Id;
}
