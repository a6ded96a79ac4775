using System.Collections.Immutable;
using Portcullis.Cluster.Description;
using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;
using Portcullis.Formats;

namespace Portcullis.Cluster.Formats.Description;

/// <summary>
/// A cluster description being assembled from several sources (a <c>cluster.yaml</c>, exports of ibmcloud and
/// kubectl, a VPC configuration): each source fills what it knows, earlier values win, lists are merged.
/// </summary>
public sealed class ClusterDescriptionBuilder
{
    private readonly List<(string Pool, WorkerSubnet Subnet)> _poolSubnets = [];
    private readonly List<WorkerSubnet> _knownSubnets = [];
    private readonly Dictionary<string, IpAddress> _gatewayIpsById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IpAddress> _gatewayIpsByZone = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _gatewayOfSubnet = new(StringComparer.Ordinal);

    /// <summary>The cluster's name.</summary>
    public string? Name { get; set; }

    /// <summary>The cluster's id.</summary>
    public string? Id { get; set; }

    /// <summary>The region.</summary>
    public string? Region { get; set; }

    /// <summary>The Kubernetes version as written.</summary>
    public string? Version { get; set; }

    /// <summary>The zones with workers.</summary>
    public List<string> Zones { get; } = [];

    /// <summary>The pod subnet.</summary>
    public IpPrefix PodSubnet { get; set; }

    /// <summary>The service subnet.</summary>
    public IpPrefix ServiceSubnet { get; set; }

    /// <summary>The public service endpoint.</summary>
    public ServiceEndpoint? PublicEndpoint { get; set; }

    /// <summary>The private service endpoint.</summary>
    public ServiceEndpoint? PrivateEndpoint { get; set; }

    /// <summary>The etcd endpoint.</summary>
    public ServiceEndpoint? Etcd { get; set; }

    /// <summary>The workers.</summary>
    public List<ClusterWorker> Workers { get; } = [];

    /// <summary>The registry regions.</summary>
    public List<string> RegistryRegions { get; } = [];

    /// <summary>The VPC configuration files.</summary>
    public List<string> VpcConfigs { get; } = [];

    /// <summary>The Calico and Kubernetes resource files.</summary>
    public List<string> Policies { get; } = [];

    /// <summary>The overrides.</summary>
    public ClusterOverrides Overrides { get; set; } = ClusterOverrides.None;

    /// <summary>Where the description was read, if from a file.</summary>
    public SourceLocation? Location { get; set; }

    /// <summary>What the sources said, for the notes <c>cluster init</c> writes.</summary>
    public List<string> Provenance { get; } = [];

    /// <summary>Whether any worker pool subnet is known.</summary>
    public bool HasPoolSubnets => _poolSubnets.Count > 0;

    /// <summary>Sets a value only when it is not set yet.</summary>
    public static void Fill<T>(ref T? target, T? value)
        where T : class
    {
        target ??= value;
    }

    /// <summary>Adds a subnet to a worker pool (once per pool and block); details known from subnet lists are added on <see cref="Build"/>.</summary>
    public void AddPoolSubnet(string pool, WorkerSubnet subnet)
    {
        ArgumentNullException.ThrowIfNull(subnet);
        if (!_poolSubnets.Any(p => p.Pool == pool && ((subnet.Id is not null && p.Subnet.Id == subnet.Id) || (!subnet.Cidr.IsDefault && p.Subnet.Cidr == subnet.Cidr))))
        {
            _poolSubnets.Add((pool, subnet));
        }
    }

    /// <summary>Records a subnet as the VPC lists it, to complete pool subnets known only by id.</summary>
    public void AddKnownSubnet(WorkerSubnet subnet, string? publicGatewayId)
    {
        ArgumentNullException.ThrowIfNull(subnet);
        _knownSubnets.Add(subnet);
        if (publicGatewayId is not null && subnet.Id is not null)
        {
            _gatewayOfSubnet[subnet.Id] = publicGatewayId;
        }
    }

    /// <summary>Records a public gateway's floating IP.</summary>
    public void AddPublicGateway(string? id, string? zone, IpAddress address)
    {
        if (id is not null)
        {
            _gatewayIpsById[id] = address;
        }

        if (zone is not null)
        {
            _gatewayIpsByZone.TryAdd(zone, address);
        }
    }

    /// <summary>Adds a worker once (by id).</summary>
    public void AddWorker(ClusterWorker worker)
    {
        ArgumentNullException.ThrowIfNull(worker);
        if (Workers.All(w => w.Id != worker.Id))
        {
            Workers.Add(worker);
        }
    }

    /// <summary>
    /// Makes pool subnets of the known subnets in the cluster's zones, when no source said which subnets the
    /// pools use (subnet lists cover the whole VPC).
    /// </summary>
    public void PoolSubnetsFromKnownSubnets(string pool)
    {
        foreach (var subnet in _knownSubnets.Where(s => Zones.Count == 0 || Zones.Contains(s.Zone)))
        {
            AddPoolSubnet(pool, subnet);
        }
    }

    /// <summary>The description, or <see langword="null"/> after reporting what is missing.</summary>
    public ClusterDescription? Build(DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var location = Location;
        var ok = true;
        foreach (var (value, what) in new[] { (Name, "name"), (Id, "id"), (Region, "region"), (Version, "version") })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                diagnostics.Report(FormatDiagnostics.RequiredValueMissing, location, $"the cluster's {what}", string.Empty);
                ok = false;
            }
        }

        var version = default(KubernetesVersion);
        if (Version is not null && !KubernetesVersion.TryParse(Version, out version))
        {
            diagnostics.Report(ClusterDiagnostics.UnknownKubernetesVersion, location, Version);
            ok = false;
        }

        var pools = new List<WorkerPool>();
        foreach (var group in _poolSubnets.GroupBy(p => p.Pool))
        {
            var subnets = new List<WorkerSubnet>();
            foreach (var (_, subnet) in group)
            {
                var known = _knownSubnets.FirstOrDefault(k => (subnet.Id is not null && k.Id == subnet.Id) || (!subnet.Cidr.IsDefault && k.Cidr == subnet.Cidr));
                var complete = subnet with
                {
                    Id = subnet.Id ?? known?.Id,
                    Name = subnet.Name ?? known?.Name,
                    Zone = string.IsNullOrEmpty(subnet.Zone) ? known?.Zone ?? string.Empty : subnet.Zone,
                    Cidr = subnet.Cidr.IsDefault ? known?.Cidr ?? default : subnet.Cidr,
                };
                var gatewayId = complete.Id is not null ? _gatewayOfSubnet.GetValueOrDefault(complete.Id) : null;
                complete = complete with
                {
                    // A subnet the VPC lists without a gateway has none; one nobody listed takes its zone's gateway.
                    PublicGatewayIp = complete.PublicGatewayIp
                        ?? (gatewayId is not null && _gatewayIpsById.TryGetValue(gatewayId, out var byId) ? byId
                        : (gatewayId is not null || known is null) && _gatewayIpsByZone.TryGetValue(complete.Zone, out var byZone) ? byZone : null),
                };
                if (complete.Cidr.IsDefault)
                {
                    diagnostics.Report(ClusterDiagnostics.WorkerSubnetCidrUnknown, location, group.Key, complete.DisplayName);
                    ok = false;
                    continue;
                }

                if (subnets.All(s => s.Cidr != complete.Cidr))
                {
                    subnets.Add(complete);
                }
            }

            pools.Add(new WorkerPool(group.Key, [.. subnets]));
        }

        if (pools.Sum(p => p.Subnets.Length) == 0 && ok)
        {
            diagnostics.Report(ClusterDiagnostics.NoWorkerSubnets, location);
            ok = false;
        }

        if (!ok)
        {
            return null;
        }

        var zones = Zones.Count > 0 ? Zones : pools.SelectMany(p => p.Subnets).Select(s => s.Zone).Where(z => z.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
        return new ClusterDescription(Name!, Id!, Region!, [.. zones], version, Version!, [.. pools], [.. Workers],
            PodSubnet.IsDefault ? ClusterDescription.DefaultPodSubnet : PodSubnet,
            ServiceSubnet.IsDefault ? ClusterDescription.DefaultServiceSubnet : ServiceSubnet,
            PublicEndpoint, PrivateEndpoint, Etcd,
            RegistryRegions.Count > 0 ? [.. RegistryRegions] : ImmutableArray<string>.Empty,
            [.. VpcConfigs], Overrides, location)
        {
            Policies = [.. Policies],
        };
    }
}
