using Portcullis.Testing.Terraform;

namespace Portcullis.Formats.Tests.TerraformShow.Networks;

/// <summary>
/// The network of np-guard's <c>input_iks_config_object.json</c>: an IKS VPC cluster with three worker pools over
/// twelve subnets, as Terraform holds it. What IKS makes is not Terraform's: its security groups come from the VPC's
/// own list of groups, its master endpoint gateway from a data source, and the workers' addresses from
/// <c>data "ibm_container_vpc_cluster_worker"</c>; the network load balancer in front of the node ports is a resource.
/// </summary>
internal static class IksConfigObjectNetwork
{
    // The report names workers by id and finds the cluster's group by the name kube-<cluster id>: these are the shared
    // input's (anonymised) cluster and worker ids, kept so the two reports can be compared line for line.
    public const string Cluster = "clusterid:1";

    public const string Vpc = "r006-0f1e2d3c-0003-4b5a-8c9d-0e1f2a3b4c03";
    public const string EdgeAcl = "r006-acl-edge";
    public const string PrivateAcl = "r006-acl-private";
    public const string VpeGroup = "r006-sg-kube-vpegw";
    public const string ClusterGroup = "r006-sg-kube-cluster";
    public const string DefaultGroup = "r006-sg-default";

    private static readonly (string Kind, int Zone, string Cidr, string? Acl)[] Subnets =
    [
        ("transit", 2, "192.168.20.0/22", EdgeAcl), ("transit", 1, "192.168.16.0/22", EdgeAcl), ("transit", 3, "192.168.24.0/22", EdgeAcl),
        ("private", 1, "192.168.0.0/22", PrivateAcl), ("private", 3, "192.168.8.0/22", PrivateAcl), ("private", 2, "192.168.4.0/22", PrivateAcl),
        ("nlb", 2, "192.168.52.0/22", EdgeAcl), ("nlb", 3, "192.168.56.0/22", EdgeAcl), ("nlb", 1, "192.168.48.0/22", EdgeAcl),
        ("edge", 1, "192.168.32.0/22", EdgeAcl), ("edge", 2, "192.168.36.0/22", EdgeAcl), ("edge", 3, "192.168.40.0/22", EdgeAcl),
    ];

    private static readonly (string Id, string Pool, string Kind, int Zone, string Address)[] Workers =
    [
        ("id:370", "default", "edge", 1, "192.168.32.4"), ("id:371", "default", "edge", 3, "192.168.40.4"), ("id:372", "default", "edge", 2, "192.168.36.4"),
        ("id:373", "private_vpc_pool_ky", "private", 3, "192.168.8.4"), ("id:374", "private_vpc_pool_ky", "private", 2, "192.168.4.4"), ("id:375", "private_vpc_pool_ky", "private", 1, "192.168.0.4"),
        ("id:376", "transit_vpc_pool_ky", "transit", 2, "192.168.20.4"), ("id:377", "transit_vpc_pool_ky", "transit", 3, "192.168.24.4"), ("id:378", "transit_vpc_pool_ky", "transit", 1, "192.168.16.4"),
    ];

    public static string SubnetId(string kind, int zone) => $"0717-subnet-{kind}-{zone}";

    public static TerraformFixture State()
    {
        var fixture = new TerraformFixture()
            .Add("module.vpc.ibm_is_vpc.vpc", new
            {
                id = Vpc,
                crn = $"crn:v1:bluemix:public:is:us-south:a/1a2b3c4d5e6f4a7b8c9d0e1f2a3b4c5d::vpc:{Vpc}",
                name = "ky-test-vpc",
                default_network_acl = EdgeAcl,
                default_network_acl_name = "ky-test-edge-acl",
                default_security_group = DefaultGroup,
                default_security_group_name = "ky-test-default-sg",
                default_address_prefixes = new Dictionary<string, string>(),
                address_prefix_management = "manual",
                security_group = new object[]
                {
                    new
                    {
                        group_id = VpeGroup,
                        group_name = "kube-r006-d7cfb31a-1d4b-40c8-83df-ce2e6f8f2e57",
                        rules = new object[]
                        {
                            SnapshotRule("v1", "outbound", "tcp", "0.0.0.0/0", 30000, 32767),
                            SnapshotRule("v2", "outbound", "udp", "0.0.0.0/0", 30000, 32767),
                            SnapshotRule("v3", "inbound", "tcp", "0.0.0.0/0", 1, 65535),
                            SnapshotRule("v4", "inbound", "udp", "0.0.0.0/0", 1, 65535),
                        },
                    },
                    new
                    {
                        group_id = ClusterGroup,
                        group_name = $"kube-{Cluster}",
                        rules = new object[]
                        {
                            SnapshotRule("k1", "outbound", "all", "161.26.0.0/16"),
                            SnapshotRule("k2", "outbound", "all", "166.8.0.0/14"),
                            SnapshotRule("k3", "inbound", "all", "172.17.0.0/18"),
                            SnapshotRule("k4", "inbound", "tcp", "0.0.0.0/0", 30000, 32767),
                            SnapshotRule("k5", "inbound", "udp", "0.0.0.0/0", 30000, 32767),
                            SnapshotRule("k6", "outbound", "all", "172.17.0.0/18"),
                            new { rule_id = "r006-rule-k7", direction = "inbound", protocol = "icmp", remote = "0.0.0.0/0", type = 8, code = (int?)null, port_min = (int?)null, port_max = (int?)null },
                            SnapshotRule("k8", "inbound", "all", ClusterGroup),
                            SnapshotRule("k9", "outbound", "all", ClusterGroup),
                            SnapshotRule("k10", "outbound", "tcp", "192.168.40.5", 31777, 31777),
                            SnapshotRule("k11", "outbound", "tcp", "192.168.40.5", 30808, 30808),
                            SnapshotRule("k12", "outbound", "tcp", "192.168.36.5", 31777, 31777),
                            SnapshotRule("k13", "outbound", "tcp", "192.168.36.5", 30808, 30808),
                            SnapshotRule("k14", "outbound", "tcp", "192.168.32.5", 31777, 31777),
                            SnapshotRule("k15", "outbound", "tcp", "192.168.32.5", 30808, 30808),
                        },
                    },
                    new
                    {
                        group_id = DefaultGroup,
                        group_name = "ky-test-default-sg",
                        rules = new object[]
                        {
                            SnapshotRule("d1", "outbound", "all", "0.0.0.0/0"),
                            SnapshotRule("d2", "inbound", "all", DefaultGroup),
                            SnapshotRule("d3", "inbound", "all", "0.0.0.0/0"),
                        },
                    },
                },
            })
            .Add("module.vpc.ibm_is_network_acl.edge", new
            {
                id = EdgeAcl,
                name = "ky-test-edge-acl",
                vpc = Vpc,
                rules = new object[]
                {
                    new { id = "r006-edge-in", name = "allow-inbound", action = "allow", direction = "inbound", source = "0.0.0.0/0", destination = "0.0.0.0/0", protocol = "all" },
                    new { id = "r006-edge-out", name = "allow-outbound", action = "allow", direction = "outbound", source = "0.0.0.0/0", destination = "0.0.0.0/0", protocol = "all" },
                },
            })
            .Add("module.vpc.ibm_is_network_acl.private", new
            {
                id = PrivateAcl,
                name = "ky-test-private-2-others-acl",
                vpc = Vpc,
                rules = new object[]
                {
                    AclRule("p1", "allow-traffic-subnet-edge-inbound", "allow", "inbound", "192.168.32.0/20", "0.0.0.0/0"),
                    AclRule("p2", "allow-traffic-subnet-nlb-inbound", "allow", "inbound", "192.168.48.0/20", "0.0.0.0/0"),
                    AclRule("p3", "allow-traffic-subnet-private-inbound", "allow", "inbound", "192.168.0.0/20", "0.0.0.0/0"),
                    AclRule("p4", "allow-traffic-subnet-transit-inbound", "allow", "inbound", "192.168.16.0/20", "0.0.0.0/0"),
                    AclRule("p5", "allow-traffic-subnet-edge-outbound", "allow", "outbound", "0.0.0.0/0", "192.168.32.0/20"),
                    AclRule("p6", "allow-traffic-subnet-nlb-outbound", "allow", "outbound", "0.0.0.0/0", "192.168.48.0/20"),
                    AclRule("p7", "allow-traffic-subnet-private-outbound", "allow", "outbound", "0.0.0.0/0", "192.168.0.0/20"),
                    AclRule("p8", "allow-traffic-subnet-transit-outbound", "allow", "outbound", "0.0.0.0/0", "192.168.16.0/20"),
                    AclRule("p9", "iks-create-worker-nodes-inbound", "allow", "inbound", "161.26.0.0/16", "0.0.0.0/0"),
                    AclRule("p10", "iks-nodes-to-master-inbound", "allow", "inbound", "166.8.0.0/14", "0.0.0.0/0"),
                    AclRule("p11", "iks-create-worker-nodes-outbound", "allow", "outbound", "0.0.0.0/0", "161.26.0.0/16"),
                    AclRule("p12", "iks-worker-to-master-outbound", "allow", "outbound", "0.0.0.0/0", "166.8.0.0/14"),
                    new
                    {
                        id = "r006-private-p13", name = "allow-all-https-inbound", action = "allow", direction = "inbound", source = "0.0.0.0/0", destination = "0.0.0.0/0",
                        protocol = "tcp", tcp = new[] { new { port_min = 1, port_max = 65535, source_port_min = 443, source_port_max = 443 } }, udp = Array.Empty<object>(), icmp = Array.Empty<object>(),
                    },
                    new
                    {
                        id = "r006-private-p14", name = "allow-all-https-outbound", action = "allow", direction = "outbound", source = "0.0.0.0/0", destination = "0.0.0.0/0",
                        protocol = "tcp", port_min = 443, port_max = 443, source_port_min = 1, source_port_max = 65535, tcp = Array.Empty<object>(), udp = Array.Empty<object>(), icmp = Array.Empty<object>(),
                    },
                    AclRule("p15", "deny-all-outbound", "deny", "outbound", "0.0.0.0/0", "0.0.0.0/0", protocol: "any"),
                    AclRule("p16", "deny-all-inbound", "deny", "inbound", "0.0.0.0/0", "0.0.0.0/0", protocol: "any"),
                },
            });

        foreach (var zone in new[] { 1, 2, 3 })
        {
            fixture.Add($"module.vpc.ibm_is_public_gateway.zone[{zone - 1}]", new
            {
                id = $"r006-pgw-{zone}",
                name = $"ky-test-gateway-{zone}",
                vpc = Vpc,
                zone = $"us-south-{zone}",
                floating_ip = new { id = $"r006-pgw-fip-{zone}", address = zone switch { 1 => "52.118.151.47", 2 => "52.116.202.214", _ => "52.118.97.119" } },
            });
        }

        foreach (var (kind, zone, cidr, acl) in Subnets)
        {
            fixture.Add($"module.vpc.ibm_is_subnet.{kind}[{zone - 1}]", new
            {
                id = SubnetId(kind, zone),
                name = $"ky-test-{kind}-subnet-{zone}",
                vpc = Vpc,
                zone = $"us-south-{zone}",
                ipv4_cidr_block = cidr,
                network_acl = acl,
                public_gateway = kind == "edge" ? $"r006-pgw-{zone}" : null,
            });
        }

        fixture
            .Add("ibm_container_vpc_cluster.cluster", new
            {
                id = Cluster,
                name = "vpc_cluster",
                crn = $"crn:v1:bluemix:public:containers-kubernetes:us-south:a/1a2b3c4d5e6f4a7b8c9d0e1f2a3b4c5d:{Cluster}::",
                vpc_id = Vpc,
                kube_version = "1.29.2",
                flavor = "bx2.4x16",
                worker_count = 1,
                pod_subnet = "172.17.0.0/18",
                service_subnet = "172.21.0.0/16",
                master_url = "https://ola.com",
                zones = new[] { 1, 2, 3 }.Select(z => new { name = $"us-south-{z}", subnet_id = SubnetId("edge", z) }).ToArray(),
                disable_public_service_endpoint = false,
                state = "normal",
            })
            .Add("ibm_container_vpc_worker_pool.private", new { id = $"{Cluster}/pool-private", cluster = Cluster, worker_pool_name = "private_vpc_pool_ky", worker_pool_id = "pool-private", vpc_id = Vpc, flavor = "bx2.4x16", worker_count = 1 })
            .Add("ibm_container_vpc_worker_pool.transit", new { id = $"{Cluster}/pool-transit", cluster = Cluster, worker_pool_name = "transit_vpc_pool_ky", worker_pool_id = "pool-transit", vpc_id = Vpc, flavor = "bx2.4x16", worker_count = 1 });
        for (var i = 0; i < Workers.Length; i++)
        {
            var (id, pool, kind, zone, address) = Workers[i];
            fixture.Add($"data.ibm_container_vpc_cluster_worker.worker[{i}]", new
            {
                id,
                worker_id = id,
                cluster_name_id = Cluster,
                pool_name = pool,
                state = "normal",
                network_interfaces = new[] { new { ip_address = address, cidr = Subnets.First(s => s.Kind == kind && s.Zone == zone).Cidr, subnet_id = SubnetId(kind, zone) } },
            });
        }

        fixture.Add("data.ibm_is_virtual_endpoint_gateway.master", new
        {
            id = "r006-vpe-master",
            name = $"iks-{Cluster}",
            vpc = Vpc,
            security_groups = new[] { VpeGroup },
            ips = new[] { (1, "192.168.32.5"), (2, "192.168.36.5"), (3, "192.168.40.5") }.Select(ip => new { id = $"0717-vpe-ip-{ip.Item1}", name = $"iks-ussouth{ip.Item1}-{Cluster}", address = ip.Item2, subnet = SubnetId("edge", ip.Item1) }).ToArray(),
            service_endpoints = new[] { $"{Cluster}.vpe.private.us-south.containers.cloud.ibm.com" },
            target = Array.Empty<object>(),
        });

        const string Lb = "r006-nlb";
        fixture.Add("ibm_is_lb.nodeports", new
        {
            id = Lb,
            name = $"kube-{Cluster}-8fdd1d0a2ce34deba99d0f885451b1ca",
            type = "public",
            profile = "network-fixed",
            subnets = new[] { ("transit", 1), ("private", 1), ("edge", 1), ("private", 2), ("edge", 2), ("transit", 2), ("private", 3), ("transit", 3), ("edge", 3) }.Select(s => SubnetId(s.Item1, s.Item2)).ToArray(),
            security_groups = new[] { VpeGroup },
            private_ip = new[] { new { address = "192.168.40.6", reserved_ip = "0717-nlb-ip-3" }, new { address = "192.168.36.6", reserved_ip = "0717-nlb-ip-2" } },
            private_ips = new[] { "192.168.40.6", "192.168.36.6" },
            public_ips = new[] { "52.118.82.165", "52.118.255.87" },
        });
        foreach (var (port, nodePort) in new[] { (80, 30028), (443, 30446) })
        {
            var pool = $"r006-pool-{port}";
            fixture
                .Add($"ibm_is_lb_pool.tcp_{port}", new { id = $"{Lb}/{pool}", pool_id = pool, lb = Lb, name = $"tcp-{port}-{nodePort}", protocol = "tcp" })
                .Add($"ibm_is_lb_listener.tcp_{port}", new { id = $"{Lb}/r006-listener-{port}", listener_id = $"r006-listener-{port}", lb = Lb, port, protocol = "tcp", default_pool = pool });
            foreach (var (id, _, _, _, address) in Workers)
            {
                fixture.Add($"ibm_is_lb_pool_member.tcp_{port}[\"{id}\"]", new { id = $"{Lb}/{pool}/member-{port}-{id}", lb = Lb, pool = $"{Lb}/{pool}", port = nodePort, target_address = address });
            }
        }

        return fixture;
    }

    private static object SnapshotRule(string id, string direction, string protocol, string remote, int? min = null, int? max = null) =>
        new { rule_id = $"r006-rule-{id}", direction, protocol, remote, port_min = min, port_max = max, type = (int?)null, code = (int?)null, ip_version = "ipv4" };

    private static object AclRule(string id, string name, string action, string direction, string source, string destination, string? protocol = null) =>
        new { id = $"r006-private-{id}", name, action, direction, source, destination, protocol = protocol ?? "icmp_tcp_udp", icmp = Array.Empty<object>(), tcp = Array.Empty<object>(), udp = Array.Empty<object>() };
}
