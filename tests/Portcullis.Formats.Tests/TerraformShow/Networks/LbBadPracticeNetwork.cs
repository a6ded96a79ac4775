using Portcullis.Testing.Terraform;

namespace Portcullis.Formats.Tests.TerraformShow.Networks;

/// <summary>
/// The network of np-guard's <c>input_lb_bad_practice.json</c>: a private application load balancer in three subnets
/// (with private IPs in two of them), a listener forwarding to a pool whose members are addressed by IP, and instances
/// made with <c>for_each</c>.
/// </summary>
internal static class LbBadPracticeNetwork
{
    public const string Vpc = "r006-4b3a2918-0000-4c5d-8e6f-7a8b9c0d1e00";
    public const string Lb = "r006-4b3a2918-0042-4c5d-8e6f-7a8b9c0d1e42";
    public const string Pool = "r006-4b3a2918-0222-4c5d-8e6f-7a8b9c0d1222";
    public const string Sg1 = "r006-4b3a2918-0168-4c5d-8e6f-7a8b9c0d1168";

    private static readonly (string Key, string Name, string Zone, string Cidr, string Acl)[] Subnets =
    [
        ("front3", "front3", "us-south-3", "10.240.129.0/24", "acl3"),
        ("front2", "front2", "us-south-2", "10.240.65.0/24", "acl1"),
        ("sub1", "sub1", "us-south-1", "10.240.0.0/24", "acl1"),
        ("sub3", "sub3", "us-south-3", "10.240.128.0/24", "acl3"),
        ("front1", "front1", "us-south-1", "10.240.1.0/24", "acl1"),
        ("ctrl-sub", "ctrl-sub", "us-south-1", "10.240.2.0/24", "acl1"),
        ("sub2", "sub2", "us-south-2", "10.240.64.0/24", "acl1"),
    ];

    public static string SubnetId(string key) => $"0717-subnet-{key}";

    public static TerraformFixture State()
    {
        var fixture = new TerraformFixture()
            .Add("ibm_is_vpc.lb", new
            {
                id = Vpc,
                crn = $"crn:v1:bluemix:public:is:us-south:a/5f6e7d8c9b0a4f1e2d3c4b5a69788796::vpc:{Vpc}",
                name = "lbvpc",
                address_prefix_management = "auto",
                default_address_prefixes = new Dictionary<string, string> { ["us-south-1"] = "10.240.0.0/20", ["us-south-2"] = "10.240.64.0/20", ["us-south-3"] = "10.240.128.0/20" },
                default_network_acl = "r006-acl-default",
                default_security_group = "r006-sg-default",
                security_group = new[]
                {
                    new
                    {
                        group_id = "r006-sg-default",
                        group_name = "facility-carrot-epidermal-washer",
                        rules = new object[]
                        {
                            new { rule_id = "r006-sg-default-out", direction = "outbound", protocol = "all", remote = "0.0.0.0/0" },
                            new { rule_id = "r006-sg-default-in", direction = "inbound", protocol = "all", remote = "r006-sg-default" },
                        },
                    },
                },
            })
            .Add("ibm_is_network_acl.acl1", Acl("acl1", "0.0.0.0/0", "0.0.0.0/0"))
            .Add("ibm_is_network_acl.acl3", Acl("acl3", "10.240.128.0/18", "10.240.128.0/18"));
        foreach (var (key, name, zone, cidr, acl) in Subnets)
        {
            fixture.Add($"ibm_is_subnet.subnet[\"{key}\"]", new { id = SubnetId(key), name, vpc = Vpc, zone, ipv4_cidr_block = cidr, network_acl = $"r006-{acl}", public_gateway = (string?)null });
        }

        fixture
            .Add("ibm_is_security_group.alb", new { id = "r006-sg-alb", name = "alb-sg", vpc = Vpc, rules = new object[] { GroupRule("inbound"), GroupRule("outbound") } })
            .Add("ibm_is_security_group.sg1", new { id = Sg1, name = "lb-vpc-sg1", vpc = Vpc, rules = new object[] { GroupRule("inbound"), GroupRule("outbound") } });
        foreach (var (key, address) in new[] { ("sub1", "10.240.0.4"), ("sub3", "10.240.128.4"), ("ctrl-sub", "10.240.2.4"), ("sub2", "10.240.64.4") })
        {
            fixture.Add($"ibm_is_instance.vsi[\"{key}\"]", new
            {
                id = $"0717_vsi-{key}",
                name = $"vsi0-{key}",
                vpc = Vpc,
                zone = Subnets.First(s => s.Key == key).Zone,
                primary_network_interface = new[]
                {
                    new { id = $"0717-nic-{key}", name = "eth0", subnet = SubnetId(key), security_groups = new[] { Sg1 }, primary_ip = new[] { new { address, reserved_ip = $"0717-ip-{key}" } } },
                },
            });
        }

        return fixture
            .Add("ibm_is_floating_ip.ctrl", new { id = "r006-fip-ctrl", name = "fip-0-ctrl-sub", address = "52.118.185.79", target = "0717-nic-ctrl-sub", zone = "us-south-1" })
            .Add("ibm_is_lb.alb", new
            {
                id = Lb,
                crn = $"crn:v1:bluemix:public:is:us-south:a/5f6e7d8c9b0a4f1e2d3c4b5a69788796::load-balancer:{Lb}",
                name = "alb",
                type = "private",
                profile = "application",
                subnets = new[] { SubnetId("front1"), SubnetId("front2"), SubnetId("front3") },
                security_groups = new[] { Sg1 },
                security_group_supported = true,
                private_ip = new[]
                {
                    new { address = "10.240.65.4", reserved_ip = "0717-lbip-2" },
                    new { address = "10.240.129.4", reserved_ip = "0717-lbip-3" },
                },
                private_ips = new[] { "10.240.65.4", "10.240.129.4" },
                public_ips = Array.Empty<string>(),
                operating_status = "online",
            })
            .Add("ibm_is_lb_listener.http", new
            {
                id = $"{Lb}/r006-listener-9080",
                listener_id = "r006-listener-9080",
                lb = Lb,
                port = 9080,
                port_min = 9080,
                port_max = 9080,
                protocol = "http",

                // As written in configuration (ibm_is_lb_pool.pool.id, "lb/pool"); the provider keeps the pool's part.
                default_pool = $"{Lb}/{Pool}",
            })
            .Add("ibm_is_lb_pool.pool", new { id = $"{Lb}/{Pool}", pool_id = Pool, lb = Lb, name = "alb-pool", protocol = "http", algorithm = "round_robin" })
            .Add("ibm_is_lb_pool_member.member[0]", Member("r006-member-1", "10.240.64.4"))
            .Add("ibm_is_lb_pool_member.member[1]", Member("r006-member-2", "10.240.128.4"))
            .Add("ibm_is_lb_pool_member.member[2]", Member("r006-member-3", "10.240.0.4"));
    }

    private static object Acl(string name, string outDestination, string inSource) => new
    {
        id = $"r006-{name}",
        name,
        vpc = Vpc,
        rules = new object[]
        {
            new { id = $"r006-{name}-out", name = $"{name}-out-1", action = "allow", direction = "outbound", source = "0.0.0.0/0", destination = outDestination, protocol = "icmp_tcp_udp" },
            new { id = $"r006-{name}-in", name = $"{name}-in-1", action = "allow", direction = "inbound", source = inSource, destination = "0.0.0.0/0", protocol = "icmp_tcp_udp" },
        },
    };

    private static object GroupRule(string direction) => new { direction, protocol = "icmp_tcp_udp", remote = "0.0.0.0/0", local = "0.0.0.0/0" };

    private static object Member(string id, string address) => new { id = $"{Lb}/{Pool}/{id}", lb = Lb, pool = Pool, port = 9080, target_address = address, weight = 60 };
}
