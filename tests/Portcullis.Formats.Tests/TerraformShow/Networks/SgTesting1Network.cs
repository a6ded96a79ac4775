using Portcullis.Testing.Terraform;

namespace Portcullis.Formats.Tests.TerraformShow.Networks;

/// <summary>
/// The network of np-guard's <c>input_sg_testing1_new.json</c> (three subnets with allow-all ACLs, four security groups
/// whose rules name each other), written by hand as Terraform would hold it: groups and separate rules in a module, in
/// the provider's flat attributes and in its older nested blocks; one instance on a network attachment with an inline
/// virtual network interface, another on a separate <c>ibm_is_virtual_network_interface</c>.
/// </summary>
internal static class SgTesting1Network
{
    public const string Vpc = "r006-5c0e1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a01";
    public const string DefaultGroup = "r006-5c0e1a2b-0000-4e5f-8a6b-defa0175e601";
    public const string Sg1 = "r006-5c0e1a2b-0001-4e5f-8a6b-000000000001";
    public const string Sg2 = "r006-5c0e1a2b-0002-4e5f-8a6b-000000000002";
    public const string Sg3 = "r006-5c0e1a2b-0003-4e5f-8a6b-000000000003";
    public const string Subnet1 = "0717-5c0e1a2b-0010-4e5f-8a6b-000000000010";
    public const string Subnet2 = "0717-5c0e1a2b-0020-4e5f-8a6b-000000000020";
    public const string Subnet3 = "0717-5c0e1a2b-0030-4e5f-8a6b-000000000030";
    public const string Gateway = "r006-5c0e1a2b-0040-4e5f-8a6b-000000000040";
    public const string Vsi2Vni = "0717-5c0e1a2b-0502-4e5f-8a6b-000000000502";
    public const string Vsi3bVni = "0717-5c0e1a2b-0504-4e5f-8a6b-000000000504";

    public static TerraformFixture State()
    {
        var fixture = new TerraformFixture()
            .Add("ibm_is_vpc.test", new
            {
                id = Vpc,
                crn = $"crn:v1:bluemix:public:is:us-south:a/0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e::vpc:{Vpc}",
                name = "test-vpc1-ky",
                classic_access = false,
                address_prefix_management = "auto",
                default_address_prefixes = new Dictionary<string, string> { ["us-south-1"] = "10.240.0.0/18" },
                default_network_acl = "r006-5c0e1a2b-0000-4e5f-8a6b-defa01acl001",
                default_network_acl_name = "corrode-kilogram-cola-mandated",
                default_security_group = DefaultGroup,
                default_security_group_name = "shininess-disavow-whinny-canal",
                resource_group = "4d5e6f7a8b9c4d0e1f2a3b4c5d6e7f80",
                status = "available",
                security_group = new object[]
                {
                    new
                    {
                        group_id = DefaultGroup,
                        group_name = "shininess-disavow-whinny-canal",
                        rules = new object[]
                        {
                            new { rule_id = "r006-d1", direction = "outbound", ip_version = "ipv4", protocol = "icmp_tcp_udp", remote = "0.0.0.0/0", port_min = (int?)null, port_max = (int?)null, type = (int?)null, code = (int?)null },
                            new { rule_id = "r006-d2", direction = "inbound", ip_version = "ipv4", protocol = "icmp_tcp_udp", remote = DefaultGroup, port_min = (int?)null, port_max = (int?)null, type = (int?)null, code = (int?)null },
                        },
                    },
                },
            })
            .Add("ibm_is_public_gateway.gw", new { id = Gateway, name = "public-gw-ky", vpc = Vpc, zone = "us-south-1", floating_ip = new { id = "r006-fip-gw", address = "52.118.190.41" } });

        foreach (var (key, cidr, name, gateway) in new[] { ("1", "10.240.10.0/24", "subnet1-ky", Gateway), ("2", "10.240.20.0/24", "subnet2-ky", null), ("3", "10.240.30.0/24", "subnet3-ky", null) })
        {
            fixture.Add($"ibm_is_network_acl.acl[\"{key}\"]", new
            {
                id = $"r006-5c0e1a2b-0a0{key}-4e5f-8a6b-00000000acl{key}",
                name = $"acl{key}-ky",
                vpc = Vpc,
                rules = new object[]
                {
                    new { id = $"r006-acl{key}-out", name = "outbound", action = "allow", direction = "outbound", source = "0.0.0.0/0", destination = "0.0.0.0/0", protocol = "icmp_tcp_udp", icmp = Array.Empty<object>(), tcp = Array.Empty<object>(), udp = Array.Empty<object>() },
                    new { id = $"r006-acl{key}-in", name = "inbound", action = "allow", direction = "inbound", source = "0.0.0.0/0", destination = "0.0.0.0/0", protocol = "icmp_tcp_udp", icmp = Array.Empty<object>(), tcp = Array.Empty<object>(), udp = Array.Empty<object>() },
                },
            });
            fixture.Add($"ibm_is_subnet.subnet[\"{key}\"]", new
            {
                id = key == "1" ? Subnet1 : key == "2" ? Subnet2 : Subnet3,
                name,
                vpc = Vpc,
                zone = "us-south-1",
                ipv4_cidr_block = cidr,
                network_acl = $"r006-5c0e1a2b-0a0{key}-4e5f-8a6b-00000000acl{key}",
                public_gateway = gateway,
            });
        }

        fixture
            .Add("module.sg.ibm_is_security_group.sg1", new { id = Sg1, name = "sg1-ky", vpc = Vpc, rules = Array.Empty<object>() })
            .Add("module.sg.ibm_is_security_group.sg2", new { id = Sg2, name = "sg2-ky", vpc = Vpc, rules = Array.Empty<object>() })
            .Add("module.sg.ibm_is_security_group.sg3", new { id = Sg3, name = "sg3-ky", vpc = Vpc, rules = Array.Empty<object>() });

        // sg3: the flat attributes, a rule written without a protocol (all of ICMP, TCP and UDP), and a legacy tcp block.
        Rule(fixture, "sg3_out_all", Sg3, "outbound", "0.0.0.0/0", new { protocol = "icmp_tcp_udp" });
        Rule(fixture, "sg3_in_subnet3", Sg3, "inbound", "10.240.30.0/24", new { });
        Rule(fixture, "sg3_out_tcp", Sg3, "outbound", "0.0.0.0/0", new { tcp = new[] { new { port_min = 1, port_max = 65535 } } });
        Rule(fixture, "sg3_out_tcp_100_200", Sg3, "outbound", "0.0.0.0/0", new { protocol = "tcp", port_min = 100, port_max = 200 });

        // sg1: legacy icmp and udp blocks, and remotes that are groups (itself, sg2, sg3).
        Rule(fixture, "sg1_out_icmp", Sg1, "outbound", "142.0.0.0/7", new { icmp = new[] { new { type = (int?)null, code = (int?)null } } });
        Rule(fixture, "sg1_in_self", Sg1, "inbound", Sg1, new { protocol = "icmp_tcp_udp" });
        Rule(fixture, "sg1_out_dns", Sg1, "outbound", "161.26.0.0/16", new { udp = new[] { new { port_min = 1, port_max = 65535 } } });
        Rule(fixture, "sg1_in_sg2", Sg1, "inbound", Sg2, new { protocol = "icmp_tcp_udp" });
        Rule(fixture, "sg1_in_sg3", Sg1, "inbound", Sg3, new { protocol = "icmp_tcp_udp" });

        // sg2: an address remote, flat icmp, and tcp both ways with itself.
        Rule(fixture, "sg2_out_subnet2", Sg2, "outbound", "10.240.20.0/24", new { protocol = "icmp_tcp_udp" });
        Rule(fixture, "sg2_out_subnet1", Sg2, "outbound", "10.240.10.0/24", new { protocol = "icmp_tcp_udp" });
        Rule(fixture, "sg2_in_ssh", Sg2, "inbound", "147.235.219.206", new { protocol = "tcp", port_min = 22, port_max = 22 });
        Rule(fixture, "sg2_out_icmp", Sg2, "outbound", "142.0.0.0/8", new { protocol = "icmp", type = (int?)null, code = (int?)null });
        Rule(fixture, "sg2_in_sg1", Sg2, "inbound", Sg1, new { protocol = "icmp_tcp_udp" });
        Rule(fixture, "sg2_out_subnet3", Sg2, "outbound", "10.240.30.0/24", new { protocol = "icmp_tcp_udp" });
        Rule(fixture, "sg2_out_self_tcp", Sg2, "outbound", Sg2, new { protocol = "tcp", port_min = 1, port_max = 65535 });
        Rule(fixture, "sg2_in_self_tcp", Sg2, "inbound", Sg2, new { protocol = "tcp", port_min = 1, port_max = 65535 });

        return fixture
            .Add("ibm_is_instance.vsi1", new
            {
                id = "0717_5c0e1a2b-0501-4e5f-8a6b-000000000501",
                name = "vsi1-ky",
                vpc = Vpc,
                zone = "us-south-1",
                primary_network_interface = new[]
                {
                    new
                    {
                        id = "0717-5c0e1a2b-0601-4e5f-8a6b-000000000601",
                        name = "virtuous-familiar-oboe-hurdle",
                        subnet = Subnet1,
                        security_groups = new[] { Sg1 },
                        primary_ip = new[] { new { address = "10.240.10.4", reserved_ip = "0717-ip-vsi1" } },
                    },
                },
                network_interfaces = Array.Empty<object>(),
                primary_network_attachment = Array.Empty<object>(),
            })
            .Add("ibm_is_instance.vsi2", new
            {
                id = "0717_5c0e1a2b-0502-4e5f-8a6b-000000000502",
                name = "vsi2-ky",
                vpc = Vpc,
                zone = "us-south-1",
                primary_network_interface = Array.Empty<object>(),
                primary_network_attachment = new[]
                {
                    new
                    {
                        id = "0717-5c0e1a2b-0702-4e5f-8a6b-000000000702",
                        name = "eth0",
                        primary_ip = new[] { new { address = "10.240.20.4", reserved_ip = "0717-ip-vsi2" } },
                        virtual_network_interface = new[]
                        {
                            new
                            {
                                id = Vsi2Vni,
                                name = "silencer-ointment-chafe-outlet",
                                subnet = Subnet2,
                                security_groups = new[] { Sg2 },
                                primary_ip = new[] { new { address = "10.240.20.4", reserved_ip = "0717-ip-vsi2" } },
                            },
                        },
                    },
                },
                network_attachments = Array.Empty<object>(),
            })
            .Add("ibm_is_floating_ip.vsi2", new { id = "r006-fip-vsi2", name = "floating-ip-ky", address = "52.118.184.123", target = Vsi2Vni, zone = "us-south-1" })
            .Add("ibm_is_instance.vsi3a", new
            {
                id = "0717_5c0e1a2b-0503-4e5f-8a6b-000000000503",
                name = "vsi3a-ky",
                vpc = Vpc,
                zone = "us-south-1",
                primary_network_interface = new[]
                {
                    new
                    {
                        id = "0717-5c0e1a2b-0603-4e5f-8a6b-000000000603",
                        name = "pony-repressed-utility-wanting",
                        subnet = Subnet3,
                        security_groups = new[] { Sg3 },
                        primary_ip = new[] { new { address = "10.240.30.5", reserved_ip = "0717-ip-vsi3a" } },
                    },
                },
            })
            .Add("ibm_is_virtual_network_interface.vsi3b", new
            {
                id = Vsi3bVni,
                name = "brunt-legacy-confound-sedate",
                subnet = Subnet3,
                vpc = Vpc,
                zone = "us-south-1",
                security_groups = new[] { Sg2 },
                primary_ip = new[] { new { address = "10.240.30.4", reserved_ip = "0717-ip-vsi3b" } },
                allow_ip_spoofing = false,
            })
            .Add("ibm_is_instance.vsi3b", new
            {
                id = "0717_5c0e1a2b-0504-4e5f-8a6b-000000000504",
                name = "vsi3b-ky",
                vpc = Vpc,
                zone = "us-south-1",
                primary_network_attachment = new[]
                {
                    new
                    {
                        id = "0717-5c0e1a2b-0704-4e5f-8a6b-000000000704",
                        name = "eth0",
                        virtual_network_interface = new[] { new { id = Vsi3bVni } },
                    },
                },
            })
            .Add("ibm_is_virtual_endpoint_gateway.db", new
            {
                id = "r006-5c0e1a2b-0800-4e5f-8a6b-000000000800",
                name = "db-endpoint-gateway-ky",
                vpc = Vpc,
                security_groups = new[] { Sg3 },
                ips = new[] { new { id = "0717-ip-vpe", name = "vpe-for-etcd-db-ky", address = "10.240.30.6", subnet = Subnet3 } },
                target = new[] { new { name = "etcd-db", crn = "crn:v1:bluemix:public:databases-for-etcd:us-south:a/0b1c::", resource_type = "provider_cloud_service" } },
            });
    }

    private static void Rule(TerraformFixture fixture, string name, string group, string direction, string remote, object form)
    {
        var values = System.Text.Json.JsonSerializer.SerializeToNode(form)!.AsObject();
        var ruleId = $"r006-rule-{name.Replace('_', '-')}";
        values["id"] = $"{group}.{ruleId}";
        values["rule_id"] = ruleId;
        values["group"] = group;
        values["direction"] = direction;
        values["remote"] = remote;
        values["local"] = "0.0.0.0/0";
        values["ip_version"] = "ipv4";
        fixture.Add($"module.sg.ibm_is_security_group_rule.{name}", values);
    }
}
