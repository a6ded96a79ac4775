using Portcullis.Formats.Configuration;
using Portcullis.Formats.Tests.TerraformShow.Networks;
using Portcullis.Testing.Terraform;
using static Portcullis.Formats.Tests.TerraformShow.TerraformAnalysis;

namespace Portcullis.Formats.Tests.TerraformShow;

/// <summary>
/// Networks of the shared np-guard inputs, written by hand as Terraform states and plans from the IBM provider's
/// schema, analyse exactly as the collector's JSON of the same network: the endpoint report is the same, line for line.
/// The plans create, replace and update resources so that ids and references are known only after apply, and resolve
/// through the plan's configuration (across modules, through variables and outputs).
/// </summary>
public sealed class TerraformConformanceTests
{
    // ACL-heavy: inline rules in the flat attributes and in the old provider's form (no protocol), separate rules
    // placed by "before" (in tcp blocks and flat), an ACL attachment, instances with count, a module per layer.
    [Fact]
    public void AclTesting3_State_AnalysesAsTheCollectorJson()
    {
        var expected = SharedEndpointReport("input_acl_testing3.json");
        var (document, diagnostics) = Read(File.ReadAllText(DataFile("acl-testing3.state.json")));
        Assert.Equal(ConfigurationFormat.TerraformState, document.Format);
        Assert.Equal(string.Empty, Problems(diagnostics));
        Assert.Equal(expected, EndpointReport(document.Configuration));
    }

    [Fact]
    public void AclTesting3_Plan_AnalysesAsTheCollectorJson()
    {
        var expected = SharedEndpointReport("input_acl_testing3.json");
        var plan = TerraformFixture.FromState(File.ReadAllText(DataFile("acl-testing3.state.json"))).Plan(p => p
            // A new rule goes before an existing one; the rule before it is updated to go before the new one.
            .Create("module.network.ibm_is_network_acl_rule.acl2_in_3", "id", "rule_id", "href")
            .Update("module.network.ibm_is_network_acl_rule.acl2_in_2", new { }, "before")
            .Reference("module.network.ibm_is_network_acl_rule.acl2_in_2", "before", "ibm_is_network_acl_rule.acl2_in_3.rule_id", "ibm_is_network_acl_rule.acl2_in_3")
            .Reference("module.network.ibm_is_network_acl_rule.acl2_in_3", "network_acl", "ibm_is_network_acl.acl2.id", "ibm_is_network_acl.acl2")
            .Create("module.network.ibm_is_network_acl_rule.acl2_out_1", "id", "rule_id")
            // A replaced instance: its interface's id is new, and its group comes through a module output and variable.
            .Replace("module.compute.ibm_is_instance.vsi3[1]", "id", "crn", "primary_network_interface[0].id", "primary_network_interface[0].security_groups")
            .Reference("module.compute.ibm_is_instance.vsi3[1]", "primary_network_interface[0].security_groups", "var.security_group")
            .ModuleInput("module.compute", "security_group", "module.network.sg1_id", "module.network")
            .ModuleOutput("module.network", "sg1_id", "ibm_is_security_group.sg1.id", "ibm_is_security_group.sg1")
            // A new rule of a group, whose id is not known.
            .Create("module.network.ibm_is_security_group_rule.sg1_out", "id", "rule_id"));
        var (document, diagnostics) = Read(plan);
        Assert.Equal(ConfigurationFormat.TerraformPlan, document.Format);
        Assert.Equal(string.Empty, Problems(diagnostics));
        Assert.Equal(expected, EndpointReport(document.Configuration));

        // The unknown values were resolved, not guessed: the notes say what each names.
        var notes = diagnostics.ToImmutable().Where(d => d.Code == "PC5111").ToDictionary(d => d.Location!.Path!, d => d.Message);
        Assert.Equal("known only after apply; the configuration names module.network.ibm_is_network_acl_rule.acl2_in_3", notes["module.network.ibm_is_network_acl_rule.acl2_in_2.before"]);
        Assert.Equal("known only after apply; the configuration names r006-1d9e8f7a-6b5c-4d3e-9f2a-1b0c9d8e7f16", notes["module.compute.ibm_is_instance.vsi3[1].primary_network_interface[0].security_groups"]);
    }

    // SG-heavy, with group remotes: separate rules in every form, a network attachment, a separate virtual network interface.
    [Fact]
    public void SgTesting1_State_AnalysesAsTheCollectorJson()
    {
        var expected = SharedEndpointReport("input_sg_testing1_new.json");
        var (document, diagnostics) = Read(SgTesting1Network.State().State());
        Assert.Equal(string.Empty, Problems(diagnostics));
        Assert.Equal(expected, EndpointReport(document.Configuration));
    }

    [Fact]
    public void SgTesting1_Plan_ReplacingAGroup_AnalysesAsTheCollectorJson()
    {
        // sg3 is replaced (a new id nobody knows yet): its rules, the rule of sg1 naming it, the interface and the
        // endpoint gateway in it all name it through the configuration, and find the same group.
        var expected = SharedEndpointReport("input_sg_testing1_new.json");
        var plan = SgTesting1Network.State().Plan(p =>
        {
            p.Replace("module.sg.ibm_is_security_group.sg3", "id", "crn")
                .ModuleOutput("module.sg", "sg3", "ibm_is_security_group.sg3.id", "ibm_is_security_group.sg3")
                .Replace("module.sg.ibm_is_security_group_rule.sg1_in_sg3", "id", "rule_id", "remote")
                .Reference("module.sg.ibm_is_security_group_rule.sg1_in_sg3", "remote", "ibm_is_security_group.sg3.id", "ibm_is_security_group.sg3")
                .Update("ibm_is_instance.vsi3a", new { }, "primary_network_interface[0].security_groups")
                .Reference("ibm_is_instance.vsi3a", "primary_network_interface[0].security_groups", "module.sg.sg3", "module.sg")
                .Update("ibm_is_virtual_endpoint_gateway.db", new { }, "security_groups")
                .Reference("ibm_is_virtual_endpoint_gateway.db", "security_groups", "module.sg.sg3", "module.sg");
            foreach (var rule in new[] { "sg3_out_all", "sg3_in_subnet3", "sg3_out_tcp", "sg3_out_tcp_100_200" })
            {
                p.Replace($"module.sg.ibm_is_security_group_rule.{rule}", "id", "rule_id", "group")
                    .Reference($"module.sg.ibm_is_security_group_rule.{rule}", "group", "ibm_is_security_group.sg3.id", "ibm_is_security_group.sg3");
            }
        });
        var (document, diagnostics) = Read(plan);
        Assert.Equal(string.Empty, Problems(diagnostics));
        Assert.Equal(expected, EndpointReport(document.Configuration));
        var sg3 = Assert.Single(document.Configuration.SecurityGroups, g => g.Name == "sg3-ky");
        Assert.Equal("module.sg.ibm_is_security_group.sg3", sg3.Id);
        Assert.Equal(4, sg3.Rules.Length);
    }

    // Transit gateways: a module called twice, manual prefixes, local and global gateways, a connection to another account.
    [Fact]
    public void TgwBasic_State_AnalysesAsTheCollectorJson()
    {
        var expected = SharedEndpointReport("input_tgw_basic_example.json");
        var (document, diagnostics) = Read(TgwBasicNetwork.State().State());
        Assert.Equal(string.Empty, Problems(diagnostics));
        Assert.Equal(expected, EndpointReport(document.Configuration));
    }

    [Fact]
    public void TgwBasic_Plan_ReplacingAConnectionWithFilters_AnalysesAsTheCollectorJson()
    {
        // The connection is replaced and gets two prefix filters that name it, and each other, by values known only
        // after apply; the filters permit the spoke's prefix, so the analysis is unchanged.
        var expected = SharedEndpointReport("input_tgw_basic_example.json");
        var plan = TgwBasicNetwork.State().Plan(p => p
            .Replace("ibm_tg_connection.tg_connection2", "id", "connection_id", "created_at")
            .Create("ibm_tg_connection_prefix_filter.spoke", new { gateway = "r010-tg-local", action = "permit", prefix = "10.240.64.0/22", ge = 0, le = 24, before = (string?)null }, "id", "filter_id", "connection_id")
            .Reference("ibm_tg_connection_prefix_filter.spoke", "connection_id", "ibm_tg_connection.tg_connection2.connection_id", "ibm_tg_connection.tg_connection2")
            .Create("ibm_tg_connection_prefix_filter.private", new { gateway = "r010-tg-local", action = "deny", prefix = "192.168.0.0/16", ge = 0, le = 0 }, "id", "filter_id", "connection_id", "before")
            .Reference("ibm_tg_connection_prefix_filter.private", "connection_id", "ibm_tg_connection.tg_connection2.connection_id", "ibm_tg_connection.tg_connection2")
            .Reference("ibm_tg_connection_prefix_filter.private", "before", "ibm_tg_connection_prefix_filter.spoke.filter_id", "ibm_tg_connection_prefix_filter.spoke")
            // The spoke's subnet is replaced; the instance's interface names the new one.
            .Replace("module.vpc2.ibm_is_subnet.net", "id", "crn")
            .Update("module.vpc2.ibm_is_instance.vsi", new { }, "primary_network_interface[0].subnet")
            .Reference("module.vpc2.ibm_is_instance.vsi", "primary_network_interface[0].subnet", "ibm_is_subnet.net.id", "ibm_is_subnet.net"));
        var (document, diagnostics) = Read(plan);
        Assert.Equal(string.Empty, Problems(diagnostics));
        Assert.Equal(expected, EndpointReport(document.Configuration));
        var connection = Assert.Single(document.Configuration.TransitConnections, c => c.Name == "tg_connection2");
        Assert.Equal(["192.168.0.0/16", "10.240.64.0/22"], connection.PrefixFilters.Select(f => f.Prefix.ToString()));
        Assert.Equal(24, connection.PrefixFilters[1].Le);
        Assert.Null(connection.PrefixFilters[1].Ge);
    }

    // Load balancers: listener, pool and members as resources of their own, the pool named in the "lb/pool" form.
    [Fact]
    public void LbBadPractice_State_AnalysesAsTheCollectorJson()
    {
        var expected = SharedEndpointReport("input_lb_bad_practice.json");
        var (document, diagnostics) = Read(LbBadPracticeNetwork.State().State());
        Assert.Equal(string.Empty, Problems(diagnostics));
        Assert.Equal(expected, EndpointReport(document.Configuration));
    }

    [Fact]
    public void LbBadPractice_Plan_MovingToANewPool_AnalysesAsTheCollectorJson()
    {
        // The pool is destroyed and a new one made with the same members; the listener and the members name the new
        // pool, whose id the plan does not know.
        var expected = SharedEndpointReport("input_lb_bad_practice.json");
        const string Lb = LbBadPracticeNetwork.Lb;
        var plan = LbBadPracticeNetwork.State().Plan(p =>
        {
            p.Delete("ibm_is_lb_pool.pool")
                .Create("ibm_is_lb_pool.blue", new { lb = Lb, name = "alb-pool", protocol = "http", algorithm = "round_robin" }, "id", "pool_id")
                .Update("ibm_is_lb_listener.http", new { }, "default_pool")
                .Reference("ibm_is_lb_listener.http", "default_pool", "ibm_is_lb_pool.blue.id", "ibm_is_lb_pool.blue");
            foreach (var (index, address) in new[] { (0, "10.240.64.4"), (1, "10.240.128.4"), (2, "10.240.0.4") })
            {
                p.Delete($"ibm_is_lb_pool_member.member[{index}]")
                    .Create($"ibm_is_lb_pool_member.blue[{index}]", new { lb = Lb, port = 9080, target_address = address, weight = 60 }, "id", "pool")
                    .Reference($"ibm_is_lb_pool_member.blue[{index}]", "pool", "ibm_is_lb_pool.blue.id", "ibm_is_lb_pool.blue");
            }
        });
        var (document, diagnostics) = Read(plan);
        Assert.Equal(string.Empty, Problems(diagnostics));
        Assert.Equal(expected, EndpointReport(document.Configuration));
        var pool = Assert.Single(Assert.Single(document.Configuration.LoadBalancers).Pools);
        Assert.Equal("ibm_is_lb_pool.blue", pool.Id);
        Assert.Equal(3, pool.Members.Length);
    }

    // IKS: the cluster and its pools as resources, the workers' addresses through data sources, the groups IKS made
    // from the VPC's list of groups, the master's endpoint gateway through a data source.
    [Fact]
    public void IksConfigObject_State_AnalysesAsTheCollectorJson()
    {
        var expected = SharedEndpointReport("input_iks_config_object.json");
        var (document, diagnostics) = Read(IksConfigObjectNetwork.State().State());
        Assert.Equal(string.Empty, Problems(diagnostics));
        Assert.Equal(expected, EndpointReport(document.Configuration));
        var cluster = Assert.Single(document.Configuration.IksClusters);
        Assert.Equal(9, cluster.Workers.Length);
    }

    [Fact]
    public void IksConfigObject_Plan_ReplacingTheEdgeAcl_AnalysesAsTheCollectorJson()
    {
        // The edge ACL is replaced by one with the same rules; the nine subnets on it name the new ACL through a
        // module output, which the plan knows only by its address.
        var expected = SharedEndpointReport("input_iks_config_object.json");
        var plan = IksConfigObjectNetwork.State().Plan(p =>
        {
            p.Replace("module.vpc.ibm_is_network_acl.edge", "id", "crn", "rules[0].id", "rules[1].id");
            foreach (var (kind, zone) in new[] { "transit", "nlb", "edge" }.SelectMany(k => new[] { 1, 2, 3 }.Select(z => (k, z))))
            {
                var subnet = $"module.vpc.ibm_is_subnet.{kind}[{zone - 1}]";
                p.Update(subnet, new { }, "network_acl").Reference(subnet, "network_acl", "ibm_is_network_acl.edge.id", "ibm_is_network_acl.edge");
            }
        });
        var (document, diagnostics) = Read(plan);
        Assert.Equal(string.Empty, Problems(diagnostics));
        Assert.Equal(expected, EndpointReport(document.Configuration));
        Assert.Contains(document.Configuration.NetworkAcls, a => a.Id == "module.vpc.ibm_is_network_acl.edge" && a.Rules.Length == 2);
    }
}
