using Portcullis.Testing.Terraform;

namespace Portcullis.Formats.Tests.TerraformShow.Networks;

/// <summary>
/// The network of np-guard's <c>input_tgw_basic_example.json</c>: two VPCs made by one module called twice (with
/// manual address prefixes), joined by a local transit gateway, a third VPC and a global gateway whose second
/// connection reaches a VPC of another account.
/// </summary>
internal static class TgwBasicNetwork
{
    // The report prints a transit gateway's CRN ("UID"); these are the shared input's (anonymised) CRNs, kept so the
    // two reports can be compared line for line.
    public const string GlobalGatewayCrn = "crn:157";
    public const string LocalGatewayCrn = "crn:161";
    public const string Vpc1Crn = "crn:v1:bluemix:public:is:us-south:a/3e4f5a6b7c8d4e9f0a1b2c3d4e5f6a7b::vpc:r006-7e1d0c9b-0001-4a2b-9c3d-4e5f6a7b8c01";
    public const string Vpc2Crn = "crn:v1:bluemix:public:is:us-south:a/3e4f5a6b7c8d4e9f0a1b2c3d4e5f6a7b::vpc:r006-7e1d0c9b-0002-4a2b-9c3d-4e5f6a7b8c02";

    public static TerraformFixture State()
    {
        var fixture = new TerraformFixture()
            .Add("ibm_is_vpc.default", new
            {
                id = "r006-7e1d0c9b-0000-4a2b-9c3d-4e5f6a7b8c00",
                crn = "crn:v1:bluemix:public:is:us-south:a/3e4f5a6b7c8d4e9f0a1b2c3d4e5f6a7b::vpc:r006-7e1d0c9b-0000-4a2b-9c3d-4e5f6a7b8c00",
                name = "us-south-default-vpc",
                address_prefix_management = "manual",
                default_address_prefixes = new Dictionary<string, string>(),
                default_network_acl = "r006-acl-default-0",
                default_security_group = "r006-sg-default-0",
                security_group = Array.Empty<object>(),
            })
            .Add("ibm_is_vpc_address_prefix.default", new { id = "r006-7e1d0c9b-0000-4a2b-9c3d-4e5f6a7b8c00/r006-prefix-0", address_prefix = "r006-prefix-0", vpc = "r006-7e1d0c9b-0000-4a2b-9c3d-4e5f6a7b8c00", name = "address-prefix-vpc-0", cidr = "10.241.0.0/22", zone = "us-east-1", is_default = false });
        Spoke(fixture, "1", "us-south-1", "10.240.0.0/22", "10.240.0.0/24", "10.240.0.5");
        Spoke(fixture, "2", "us-south-2", "10.240.64.0/22", "10.240.64.0/24", "10.240.64.5");
        return fixture
            .Add("module.vpc1.ibm_is_floating_ip.vsi", new { id = "r006-fip-vpc1", name = "ky-vpc1-fip", address = "150.240.66.243", target = "0717-nic-vpc1", zone = "us-south-1" })
            .Add("ibm_tg_gateway.global", new { id = "r010-tg-global", crn = GlobalGatewayCrn, name = "global-tg-ky", location = "us-south", global = true, status = "available" })
            .Add("ibm_tg_gateway.local", new { id = "r010-tg-local", crn = LocalGatewayCrn, name = "local-tg-ky", location = "us-south", global = false, status = "available" })
            .Add("ibm_tg_connection.glob_connection1", Connection("r010-tg-global", "r010-conn-g1", "glob_connection1", Vpc1Crn))
            .Add("ibm_tg_connection.glob_connection2", Connection("r010-tg-global", "r010-conn-g2", "glob_connection2", "crn:v1:bluemix:public:is:us-south:a/9a8b7c6d5e4f4a3b2c1d0e9f8a7b6c5d::vpc:r006-other-account"))
            .Add("ibm_tg_connection.tg_connection1", Connection("r010-tg-local", "r010-conn-l1", "tg_connection1", Vpc1Crn))
            .Add("ibm_tg_connection.tg_connection2", Connection("r010-tg-local", "r010-conn-l2", "tg_connection2", Vpc2Crn));
    }

    private static object Connection(string gateway, string id, string name, string network) => new
    {
        id = $"{gateway}/{id}",
        connection_id = id,
        gateway,
        name,
        network_type = "vpc",
        network_id = network,
        default_prefix_filter = "permit",
        status = "attached",
    };

    // One module, called as module.vpc1 and module.vpc2: a VPC with a manual prefix, a subnet, an allow-all ACL, a
    // group that allows everything, and an instance.
    private static void Spoke(TerraformFixture fixture, string n, string zone, string prefix, string cidr, string address)
    {
        var module = $"module.vpc{n}";
        var vpc = $"r006-7e1d0c9b-000{n}-4a2b-9c3d-4e5f6a7b8c0{n}";
        fixture
            .Add($"{module}.ibm_is_vpc.vpc", new
            {
                id = vpc,
                crn = n == "1" ? Vpc1Crn : Vpc2Crn,
                name = $"ky-vpc{n}",
                address_prefix_management = "manual",
                default_network_acl = $"r006-acl-default-{n}",
                default_security_group = $"r006-sg-default-{n}",
                default_security_group_name = n == "1" ? "remindful-handstand-smuggling-presoak" : "tasting-cage-sturdily-scenic",
                security_group = new[]
                {
                    new
                    {
                        group_id = $"r006-sg-default-{n}",
                        group_name = n == "1" ? "remindful-handstand-smuggling-presoak" : "tasting-cage-sturdily-scenic",
                        rules = new object[]
                        {
                            new { rule_id = $"r006-sg-default-{n}-out", direction = "outbound", protocol = "all", remote = "0.0.0.0/0" },
                            new { rule_id = $"r006-sg-default-{n}-in", direction = "inbound", protocol = "all", remote = $"r006-sg-default-{n}" },
                        },
                    },
                },
            })
            .Add($"{module}.ibm_is_vpc_address_prefix.zone", new { id = $"{vpc}/r006-prefix-{n}", address_prefix = $"r006-prefix-{n}", vpc, name = "address-prefix-vpc-0", cidr = prefix, zone, is_default = false, has_subnets = true })
            .Add($"{module}.ibm_is_network_acl.acl", new
            {
                id = $"r006-acl-{n}",
                name = $"ky-vpc{n}-acl1",
                vpc,
                rules = new object[]
                {
                    new { id = $"r006-acl-{n}-out", name = "outbound", action = "allow", direction = "outbound", source = "0.0.0.0/0", destination = "0.0.0.0/0", protocol = "all" },
                    new { id = $"r006-acl-{n}-in", name = "inbound", action = "allow", direction = "inbound", source = "0.0.0.0/0", destination = "0.0.0.0/0", protocol = "all" },
                },
            })
            .Add($"{module}.ibm_is_subnet.net", new { id = $"0717-subnet-vpc{n}", name = $"ky-vpc{n}-net1", vpc, zone, ipv4_cidr_block = cidr, network_acl = $"r006-acl-{n}", public_gateway = (string?)null })
            .Add($"{module}.ibm_is_security_group.sg", new { id = $"r006-sg-{n}", name = $"ky-vpc{n}-sg", vpc, rules = Array.Empty<object>() })
            .Add($"{module}.ibm_is_security_group_rule.out", new { id = $"r006-sg-{n}.r006-sg-{n}-out", rule_id = $"r006-sg-{n}-out", group = $"r006-sg-{n}", direction = "outbound", remote = "0.0.0.0/0", protocol = "all" })
            .Add($"{module}.ibm_is_security_group_rule.in", new { id = $"r006-sg-{n}.r006-sg-{n}-in", rule_id = $"r006-sg-{n}-in", group = $"r006-sg-{n}", direction = "inbound", remote = "0.0.0.0/0", protocol = "all" })
            .Add($"{module}.ibm_is_instance.vsi", new
            {
                id = $"0717_vsi-vpc{n}",
                name = $"ky-vpc{n}-vsi",
                vpc,
                zone,
                primary_network_interface = new[]
                {
                    new { id = $"0717-nic-vpc{n}", name = "eth0", subnet = $"0717-subnet-vpc{n}", security_groups = new[] { $"r006-sg-{n}" }, primary_ip = new[] { new { address } } },
                },
            });
    }
}
