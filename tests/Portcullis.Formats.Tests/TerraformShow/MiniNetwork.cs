using Portcullis.Testing.Terraform;

namespace Portcullis.Formats.Tests.TerraformShow;

/// <summary>A VPC with one subnet, its ACL and a group, as a Terraform state the reader tests add rules and resources to.</summary>
internal static class MiniNetwork
{
    public const string VpcId = "r006-vpc";
    public const string AclId = "r006-acl";
    public const string DefaultAclId = "r006-default-acl";
    public const string SubnetId = "0717-subnet";
    public const string GroupId = "r006-sg";
    public const string DefaultGroupId = "r006-default-sg";
    public const string DefaultTableId = "r006-default-table";

    public static TerraformFixture State(object[]? aclRules = null) => new TerraformFixture()
        .Add("ibm_is_vpc.vpc", new
        {
            id = VpcId,
            crn = $"crn:v1:bluemix:public:is:us-south:a/0123456789abcdef0123456789abcdef::vpc:{VpcId}",
            name = "vpc",
            default_network_acl = DefaultAclId,
            default_security_group = DefaultGroupId,
            default_routing_table = DefaultTableId,
            default_routing_table_name = "default-routes",
            security_group = new[]
            {
                new
                {
                    group_id = DefaultGroupId,
                    group_name = "default-sg",
                    rules = new object[] { new { rule_id = "r006-d1", direction = "inbound", protocol = "icmp_tcp_udp", remote = "0.0.0.0/0" } },
                },
            },
        })
        .Add("ibm_is_network_acl.acl", new { id = AclId, name = "acl", vpc = VpcId, rules = aclRules ?? [] })
        .Add("ibm_is_network_acl.default", new { id = DefaultAclId, name = "default-acl", vpc = VpcId, rules = Array.Empty<object>() })
        .Add("ibm_is_subnet.subnet", new { id = SubnetId, name = "subnet", vpc = VpcId, zone = "us-south-1", ipv4_cidr_block = "10.0.1.0/24", network_acl = AclId, routing_table = DefaultTableId })
        .Add("ibm_is_security_group.sg", new { id = GroupId, name = "sg", vpc = VpcId, rules = Array.Empty<object>() });

    /// <summary>An inline ACL rule with the given attributes over a baseline (allow inbound from anywhere).</summary>
    public static System.Text.Json.Nodes.JsonObject AclRule(object attributes)
    {
        var rule = new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = "r006-rule",
            ["name"] = "rule",
            ["action"] = "allow",
            ["direction"] = "inbound",
            ["source"] = "0.0.0.0/0",
            ["destination"] = "0.0.0.0/0",
            ["icmp"] = new System.Text.Json.Nodes.JsonArray(),
            ["tcp"] = new System.Text.Json.Nodes.JsonArray(),
            ["udp"] = new System.Text.Json.Nodes.JsonArray(),
        };
        foreach (var (name, value) in System.Text.Json.JsonSerializer.SerializeToNode(attributes)!.AsObject().ToList())
        {
            rule[name] = value?.DeepClone();
        }

        return rule;
    }

    /// <summary>An instance in the subnet with one interface.</summary>
    public static TerraformFixture WithInstance(this TerraformFixture fixture, string address = "10.0.1.4", string[]? groups = null) => fixture
        .Add("ibm_is_instance.vsi", new
        {
            id = "0717_vsi",
            name = "vsi",
            vpc = VpcId,
            zone = "us-south-1",
            primary_network_interface = new[] { new { id = "0717-nic", name = "eth0", subnet = SubnetId, security_groups = groups ?? [GroupId], primary_ip = new[] { new { address } } } },
        });
}
