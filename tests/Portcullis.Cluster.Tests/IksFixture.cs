using Portcullis.Cluster.Check;
using Portcullis.Cluster.Description;
using Portcullis.Cluster.Formats.Catalogs;
using Portcullis.Cluster.Formats.Description;
using Portcullis.Cluster.Requirements;
using Portcullis.Core.Addresses;
using Portcullis.Core.Analysis;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;
using Portcullis.Formats.IbmVpc;
using Portcullis.Testing;

namespace Portcullis.Cluster.Tests;

/// <summary>Clusters to check: a three-zone cluster behind deny-all firewalls, and the project's example.</summary>
internal static class IksFixture
{
    public static CloudFacts Facts => CloudFactsReader.Embedded;

    /// <summary>A version of each era: 1.18 (2020 page), 1.29 (minimums), 1.33 (Secure by Default, metadata included).</summary>
    public static string VersionOf(DocumentationEra era) => era switch
    {
        DocumentationEra.Vpc2020 => "1.18.20_1555",
        DocumentationEra.AclSgMinimums => "1.29.8_1543",
        _ => "1.33.1_1520",
    };

    /// <summary>Three worker subnets behind one ACL denying everything, groups without rules, a master VPE; and a bastion with its own open firewalls.</summary>
    public static ConfigBuilder DenyAllBuilder() => new ConfigBuilder()
        .AddressPrefix("10.10.0.0/18", "us-south-1").AddressPrefix("10.10.64.0/18", "us-south-2").AddressPrefix("10.10.128.0/18", "us-south-3")
        .Subnet("workers-1", "10.10.0.0/24", "cluster-acl", "us-south-1", publicGateway: true)
        .Subnet("workers-2", "10.10.64.0/24", "cluster-acl", "us-south-2", publicGateway: true)
        .Subnet("workers-3", "10.10.128.0/24", "cluster-acl", "us-south-3", publicGateway: true)
        .Subnet("bastion", "10.10.1.0/28", "bastion-acl", "us-south-1")
        .AllowAll("bastion-acl")
        .Instance("bastion-vsi", "bastion", "10.10.1.4", "bastion-sg")
        .GroupRule("bastion-sg", TrafficDirection.Inbound, "0.0.0.0/0", ConnectionSet.Ports(6, 1, 65535, 22, 22))
        .GroupRule("bastion-sg", TrafficDirection.Outbound, "0.0.0.0/0", ConnectionSet.All)
        .FloatingIp("bastion-vsi", "52.1.1.1")
        .AclRule("cluster-acl", AclAction.Deny, TrafficDirection.Inbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.All, "deny-all-inbound")
        .AclRule("cluster-acl", AclAction.Deny, TrafficDirection.Outbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.All, "deny-all-outbound")
        .DefaultGroup("default-sg")
        .IksCluster("c1", "1.29.8_1543", ("10.10.0.4", "workers-1"), ("10.10.0.5", "workers-1"), ("10.10.64.4", "workers-2"), ("10.10.128.4", "workers-3"))
        .EndpointGateway("iks-c1", ["10.10.0.10", "10.10.64.10", "10.10.128.10"], "kube-vpegw-c1");

    public static VpcConfiguration DenyAll() => DenyAllBuilder().Build();

    /// <summary>The description of the deny-all cluster at a version of the era.</summary>
    public static ClusterDescription Description(DocumentationEra era, string region = "us-south") => new(
        "cluster-c1", "c1", region, ["us-south-1", "us-south-2", "us-south-3"], Version(VersionOf(era)), VersionOf(era),
        [new WorkerPool("default", [
            new WorkerSubnet("workers-1", "workers-1", "us-south-1", IpPrefix.Parse("10.10.0.0/24")),
            new WorkerSubnet("workers-2", "workers-2", "us-south-2", IpPrefix.Parse("10.10.64.0/24")),
            new WorkerSubnet("workers-3", "workers-3", "us-south-3", IpPrefix.Parse("10.10.128.0/24"))])],
        [], ClusterDescription.DefaultPodSubnet, ClusterDescription.DefaultServiceSubnet,
        new ServiceEndpoint("c7.us-south.containers.cloud.ibm.com", 31000), new ServiceEndpoint("c7.private.us-south.containers.cloud.ibm.com", 31000), null,
        ["global", "us-south"], [], ClusterOverrides.None);

    /// <summary>The project's example: its configuration and its cluster.yaml.</summary>
    public static (VpcConfiguration Configuration, ClusterDescription Description) Example()
    {
        var diagnostics = new DiagnosticBag();
        Assert.True(IbmVpcConfigReader.TryReadFile(RepositoryPaths.IksExample, diagnostics, out var configuration), string.Join("\n", diagnostics.ToImmutable()));
        Assert.True(ClusterDescriptionReader.TryReadFile(Path.Combine(RepositoryPaths.Examples, "iks-multizone", "cluster.yaml"), diagnostics, out var description), string.Join("\n", diagnostics.ToImmutable()));
        return (configuration, description!);
    }

    public static ClusterBinding Bind(ClusterDescription description, VpcConfiguration configuration)
    {
        var diagnostics = new DiagnosticBag();
        var binding = ClusterBinding.TryBind(description, configuration, Facts, diagnostics);
        Assert.True(binding is not null, string.Join("\n", diagnostics.ToImmutable()));
        return binding!;
    }

    public static ClusterCheckReport Check(ClusterDescription description, VpcConfiguration configuration)
    {
        var binding = Bind(description, configuration);
        return ClusterChecker.Check(binding, Facts.Catalog(binding.Era));
    }

    public static ClusterDescription WithEra(ClusterDescription description, DocumentationEra era) =>
        description with { Overrides = description.Overrides with { Era = era } };

    public static KubernetesVersion Version(string text) => KubernetesVersion.TryParse(text, out var version) ? version : throw new ArgumentException(text);

    public static string Statuses(ClusterCheckReport report) =>
        string.Join("\n", report.Results.Select(r => $"{r.Requirement.Id}: {r.Status} {r.NotApplicable?.Kind}"));

    /// <summary>
    /// Asserts that every connection the engine finds open in <paramref name="before"/> (replies included) is open in
    /// <paramref name="after"/>: endpoint pairs by id, external blocks by address (the after topology cuts them finer).
    /// </summary>
    public static void AssertNothingClosed(VpcConfiguration before, VpcConfiguration after)
    {
        var old = new ConnectivityAnalyzer(NetworkTopology.Build(before, TopologyFilter.None, new DiagnosticBag())!);
        var now = new ConnectivityAnalyzer(NetworkTopology.Build(after, TopologyFilter.None, new DiagnosticBag())!);
        var endpoints = now.Topology.Endpoints.ToDictionary(e => e.Id);
        var blocks = now.Topology.Vpcs.SelectMany(v => v.ExternalBlocks).ToList();
        var checkedLines = 0;
        foreach (var line in old.AnalyzeEndpoints().Sections.SelectMany(s => s.Lines))
        {
            var open = line.Connection.Except(line.ResponseBlocked);
            var targets = (line.Source, line.Destination) switch
            {
                (Endpoint a, Endpoint b) => [(endpoints[a.Id], endpoints[b.Id])],
                (Endpoint a, ExternalBlock b) => blocks.Where(x => x.Addresses.Overlaps(b.Addresses)).Select(x => ((NetworkNode)endpoints[a.Id], (NetworkNode)x)).ToList(),
                (ExternalBlock a, Endpoint b) => blocks.Where(x => x.Addresses.Overlaps(a.Addresses)).Select(x => ((NetworkNode)x, (NetworkNode)endpoints[b.Id])).ToList(),
                _ => new List<(NetworkNode, NetworkNode)>(),
            };
            foreach (var (source, destination) in targets)
            {
                var (connection, blocked) = now.Evaluate(source, destination);
                Assert.True(open.IsSubsetOf(connection.Except(blocked)), $"{source} => {destination}: was {open}, now {connection.Except(blocked)}");
                checkedLines++;
            }
        }

        Assert.True(checkedLines > 0);
    }
}
