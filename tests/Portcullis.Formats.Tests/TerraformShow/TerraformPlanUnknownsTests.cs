using Portcullis.Core.Diagnostics;
using Portcullis.Core.Sets;
using static Portcullis.Formats.Tests.TerraformShow.MiniNetwork;
using static Portcullis.Formats.Tests.TerraformShow.TerraformAnalysis;

namespace Portcullis.Formats.Tests.TerraformShow;

/// <summary>
/// Values a plan knows only after apply: a reference to another resource of the plan is resolved to that resource;
/// anything else is treated so that it never adds connectivity, and a warning names the address and attribute.
/// </summary>
public sealed class TerraformPlanUnknownsTests
{
    private static Diagnostic Warning(DiagnosticBag diagnostics, string path)
    {
        var warning = Assert.Single(diagnostics.ToImmutable(), d => d.Severity == Severity.Warning && d.Location?.Path == path);
        Assert.Equal("PC5107", warning.Code);
        return warning;
    }

    [Fact]
    public void Plan_AllowRuleWithUnknownSource_IsLeftOut_AndSaidSo()
    {
        var plan = State([AclRule(new { name = "kept", protocol = "icmp_tcp_udp" }), AclRule(new { name = "unknown", protocol = "tcp" })])
            .Plan(p => p.Update("ibm_is_network_acl.acl", new { }, "rules[1].source").Reference("ibm_is_network_acl.acl", "rules[1].source", "var.vpn_cidr"));
        var (document, diagnostics) = Read(plan);
        Assert.Equal(["kept"], document.Configuration.NetworkAcls.Single(a => a.Name == "acl").Rules.Select(r => r.Name));
        Assert.Equal("known only after apply: the allow rule is left out (an unknown value never adds connectivity)", Warning(diagnostics, "ibm_is_network_acl.acl.rules[1].source").Message);
    }

    [Fact]
    public void Plan_DenyRuleWithUnknownSourceAndPorts_DeniesEverySourceAndPort()
    {
        var plan = State([AclRule(new { name = "deny", action = "deny", protocol = "tcp", port_min = 22, port_max = 22 })])
            .Plan(p => p.Update("ibm_is_network_acl.acl", new { }, "rules[0].source", "rules[0].port_max")
                .Reference("ibm_is_network_acl.acl", "rules[0].source", "var.blocked")
                .Reference("ibm_is_network_acl.acl", "rules[0].port_max", "var.port"));
        var (document, diagnostics) = Read(plan);
        var rule = document.Configuration.NetworkAcls.Single(a => a.Name == "acl").Rules.Single();
        Assert.Equal("0.0.0.0/0", rule.Source.ToString());
        Assert.Equal(ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 22, 65535), rule.Connection); // port_min is known; the maximum widens
        Assert.Contains("the deny rule is taken to match every source address", Warning(diagnostics, "ibm_is_network_acl.acl.rules[0].source").Message, StringComparison.Ordinal);
        Assert.Contains("every port max", Warning(diagnostics, "ibm_is_network_acl.acl.rules[0].port_max").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_RuleWithUnknownAction_IsTakenToDeny()
    {
        var plan = State([AclRule(new { name = "either", protocol = "icmp_tcp_udp" })])
            .Plan(p => p.Update("ibm_is_network_acl.acl", new { }, "rules[0].action").Reference("ibm_is_network_acl.acl", "rules[0].action", "var.action"));
        var (document, diagnostics) = Read(plan);
        Assert.Equal(Core.Model.AclAction.Deny, document.Configuration.NetworkAcls.Single(a => a.Name == "acl").Rules.Single().Action);
        Warning(diagnostics, "ibm_is_network_acl.acl.rules[0].action");
    }

    [Fact]
    public void Plan_UnwrittenComputedValues_AreTheApisDefaults_WithoutWarning()
    {
        // A new separate rule: id, rule_id and the ports nobody wrote are computed; the rule is what its author wrote.
        var plan = State().Plan(p => p
            .Create("ibm_is_network_acl_rule.new", new { network_acl = AclId, name = "new", action = "allow", direction = "inbound", source = "10.0.0.0/8", destination = "0.0.0.0/0", protocol = "tcp", port_min = 443, port_max = 443 }, "id", "rule_id", "source_port_min", "source_port_max", "before")
            .Reference("ibm_is_network_acl_rule.new", "network_acl", "ibm_is_network_acl.acl.id", "ibm_is_network_acl.acl"));
        var (document, diagnostics) = Read(plan);
        Assert.Equal(string.Empty, Problems(diagnostics));
        var rule = document.Configuration.NetworkAcls.Single(a => a.Name == "acl").Rules.Single();
        Assert.Equal(("ibm_is_network_acl_rule.new", ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 443, 443)), (rule.Id, rule.Connection));
    }

    [Fact]
    public void Plan_GroupRuleWithUnresolvableRemote_IsLeftOut_AndSaidSo()
    {
        // The remote is a CIDR computed by the plan, not an object's id: nothing to resolve it to.
        var plan = State().Plan(p => p
            .Create("ibm_is_security_group_rule.from_vpn", new { group = GroupId, direction = "inbound", protocol = "tcp", port_min = 22, port_max = 22 }, "id", "rule_id", "remote")
            .Reference("ibm_is_security_group_rule.from_vpn", "remote", "ibm_is_subnet.vpn.ipv4_cidr_block", "ibm_is_subnet.vpn"));
        var (document, diagnostics) = Read(plan);
        Assert.Empty(document.Configuration.SecurityGroups.Single(g => g.Name == "sg").Rules);
        Assert.Contains("the rule is left out", Warning(diagnostics, "ibm_is_security_group_rule.from_vpn.remote").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_GroupRuleWithRemoteGroupOfThePlan_NamesThatGroup()
    {
        var plan = State().Plan(p => p
            .Create("ibm_is_security_group.new", new { name = "new-sg", vpc = VpcId, rules = Array.Empty<object>() }, "id", "crn")
            .Create("ibm_is_security_group_rule.from_new", new { group = GroupId, direction = "inbound", protocol = "icmp_tcp_udp" }, "id", "rule_id", "remote")
            .Reference("ibm_is_security_group_rule.from_new", "remote", "ibm_is_security_group.new.id", "ibm_is_security_group.new"));
        var (document, diagnostics) = Read(plan);
        Assert.Equal(string.Empty, Problems(diagnostics));
        var rule = document.Configuration.SecurityGroups.Single(g => g.Name == "sg").Rules.Single();
        Assert.Equal("ibm_is_security_group.new", Assert.IsType<Core.Model.SecurityGroupRemote>(rule.Remote).SecurityGroupId);
        Assert.Contains(document.Configuration.SecurityGroups, g => g.Id == "ibm_is_security_group.new");
    }

    [Fact]
    public void Plan_InstanceWhoseAddressTheApiPicks_IsLeftOut_AndSaidSo()
    {
        var plan = State().WithInstance().Plan(p => p.Replace("ibm_is_instance.vsi", "id", "primary_network_interface[0].id", "primary_network_interface[0].primary_ip[0].address"));
        var (document, diagnostics) = Read(plan);
        Assert.Empty(document.Configuration.Instances.Single().Interfaces);
        Assert.Contains("left out of the analysis until its address is known", Warning(diagnostics, "ibm_is_instance.vsi.primary_network_interface[0].primary_ip[0].address").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_FloatingIpOfANewInstance_FollowsTheInterface_ButANewAddressIsLeftOut()
    {
        var state = State().WithInstance().Add("ibm_is_floating_ip.fip", new { id = "r006-fip", name = "fip", address = "52.1.1.1", target = "0717-nic", zone = "us-south-1" });

        // The interface is new: the floating IP's target is known through the configuration.
        var retarget = state.Plan(p => p
            .Replace("ibm_is_instance.vsi", "id", "primary_network_interface[0].id")
            .Update("ibm_is_floating_ip.fip", new { }, "target")
            .Reference("ibm_is_floating_ip.fip", "target", "ibm_is_instance.vsi.primary_network_interface[0].id", "ibm_is_instance.vsi.primary_network_interface[0]", "ibm_is_instance.vsi"));
        var (document, diagnostics) = Read(retarget);
        Assert.Equal(string.Empty, Problems(diagnostics));
        Assert.Equal("ibm_is_instance.vsi.primary_network_interface[0]", document.Configuration.FloatingIps.Single().TargetId);
        Assert.Equal("ibm_is_instance.vsi.primary_network_interface[0]", document.Configuration.Instances.Single().Interfaces.Single().Id);

        // A new floating IP's address is the API's choice: it is left out.
        var (renewed, said) = Read(state.Plan(p => p.Replace("ibm_is_floating_ip.fip", "id", "address")));
        Assert.Empty(renewed.Configuration.FloatingIps);
        Warning(said, "ibm_is_floating_ip.fip.address");
    }

    [Fact]
    public void Plan_SubnetSizedByAddressCount_IsLeftOut_WithWhatIsInIt()
    {
        var plan = State().WithInstance().Plan(p => p.Replace("ibm_is_subnet.subnet", "id", "ipv4_cidr_block"));
        var (document, diagnostics) = Read(plan);
        Assert.Empty(document.Configuration.Subnets);
        Assert.Empty(document.Configuration.Instances.Single().Interfaces);
        Warning(diagnostics, "ibm_is_subnet.subnet.ipv4_cidr_block");
        Assert.False(diagnostics.HasErrors); // the instance's interface is not a dangling reference
    }

    [Fact]
    public void Plan_SubnetWrittenWithoutAcl_GetsItsVpcsDefaultAcl()
    {
        var plan = State().Plan(p => p.Create("ibm_is_subnet.more", new { name = "more", vpc = VpcId, zone = "us-south-1", ipv4_cidr_block = "10.0.2.0/24" }, "id", "network_acl"));
        var (document, diagnostics) = Read(plan);
        Assert.Equal(string.Empty, Problems(diagnostics));
        Assert.Equal(DefaultAclId, document.Configuration.Subnets.Single(s => s.Name == "more").NetworkAclId);
    }

    [Fact]
    public void Plan_InterfaceWrittenWithoutGroups_GetsItsVpcsDefaultGroup()
    {
        var plan = State().WithInstance().Plan(p => p.Update("ibm_is_instance.vsi", new { }, "primary_network_interface[0].security_groups"));
        var (document, diagnostics) = Read(plan);
        Assert.Equal(string.Empty, Problems(diagnostics));
        Assert.Equal([DefaultGroupId], document.Configuration.Instances.Single().Interfaces.Single().SecurityGroupIds);
    }

    [Fact]
    public void Plan_ReferenceWithCountIndex_NamesTheInstanceWithTheSameKey()
    {
        var state = State()
            .Add("ibm_is_network_acl.zone[0]", new { id = "r006-acl-0", name = "zone-0", vpc = VpcId, rules = Array.Empty<object>() })
            .Add("ibm_is_network_acl.zone[1]", new { id = "r006-acl-1", name = "zone-1", vpc = VpcId, rules = Array.Empty<object>() })
            .Add("ibm_is_subnet.zone[0]", new { id = "0717-z0", name = "z0", vpc = VpcId, zone = "us-south-1", ipv4_cidr_block = "10.0.10.0/24", network_acl = "r006-acl-0" })
            .Add("ibm_is_subnet.zone[1]", new { id = "0717-z1", name = "z1", vpc = VpcId, zone = "us-south-2", ipv4_cidr_block = "10.0.11.0/24", network_acl = "r006-acl-1" });
        var plan = state.Plan(p => p
            .Replace("ibm_is_network_acl.zone[0]", "id").Replace("ibm_is_network_acl.zone[1]", "id")
            .Update("ibm_is_subnet.zone[0]", new { }, "network_acl").Update("ibm_is_subnet.zone[1]", new { }, "network_acl")
            .Reference("ibm_is_subnet.zone[0]", "network_acl", "ibm_is_network_acl.zone", "count.index"));
        var (document, diagnostics) = Read(plan);
        Assert.Equal(string.Empty, Problems(diagnostics));
        Assert.Equal("ibm_is_network_acl.zone[1]", document.Configuration.Subnets.Single(s => s.Name == "z1").NetworkAclId);
        Assert.Equal("ibm_is_network_acl.zone[0]", document.Configuration.Subnets.Single(s => s.Name == "z0").NetworkAclId);
    }

    [Fact]
    public void Plan_ObjectInAVpcNobodyNames_IsLeftOut_AndSaidSo()
    {
        var plan = State().Plan(p => p
            .Create("ibm_is_network_acl.orphan", new { name = "orphan", rules = Array.Empty<object>() }, "id", "vpc")
            .Reference("ibm_is_network_acl.orphan", "vpc", "local.vpc_id"));
        var (document, diagnostics) = Read(plan);
        Assert.DoesNotContain(document.Configuration.NetworkAcls, a => a.Name == "orphan");
        Assert.Contains("the ACL is left out", Warning(diagnostics, "ibm_is_network_acl.orphan.vpc").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_DeletedRule_IsGone()
    {
        var state = State([AclRule(new { id = "inline", name = "inline", protocol = "icmp_tcp_udp" })])
            .Add("ibm_is_network_acl_rule.extra", new { id = $"{AclId}/extra", rule_id = "extra", network_acl = AclId, name = "extra", action = "deny", direction = "inbound", source = "0.0.0.0/0", destination = "0.0.0.0/0", protocol = "any" });
        var (document, _) = Read(state.Plan(p => p.Delete("ibm_is_network_acl_rule.extra")));
        Assert.Equal(["inline"], document.Configuration.NetworkAcls.Single(a => a.Name == "acl").Rules.Select(r => r.Name));
    }
}
