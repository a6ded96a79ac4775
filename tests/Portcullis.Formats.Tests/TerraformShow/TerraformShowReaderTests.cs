using System.Text;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Formats.Configuration;
using Portcullis.Formats.Wording;
using Portcullis.Testing.Terraform;
using static Portcullis.Formats.Tests.TerraformShow.MiniNetwork;
using static Portcullis.Formats.Tests.TerraformShow.TerraformAnalysis;

namespace Portcullis.Formats.Tests.TerraformShow;

/// <summary>
/// Reading the IBM provider's resources from <c>terraform show -json</c>: both forms of every rule attribute, ordering by
/// <c>before</c>, attachments, where each object is located, and each kind of bad input.
/// </summary>
public sealed class TerraformShowReaderTests
{
    private static NetworkAclRule OnlyAclRule(object attributes)
    {
        var (document, diagnostics) = Read(State([AclRule(attributes)]).State());
        Assert.Equal(string.Empty, Problems(diagnostics));
        return Assert.Single(document.Configuration.NetworkAcls.Single(a => a.Name == "acl").Rules);
    }

    private static SecurityGroupRule OnlyGroupRule(object attributes)
    {
        var values = System.Text.Json.JsonSerializer.SerializeToNode(attributes)!.AsObject();
        values["group"] = GroupId;
        values["rule_id"] = "r006-sg-rule";
        values["direction"] ??= "inbound";
        var (document, diagnostics) = Read(State().Add("ibm_is_security_group_rule.rule", values).State());
        Assert.Equal(string.Empty, Problems(diagnostics));
        return Assert.Single(document.Configuration.SecurityGroups.Single(g => g.Name == "sg").Rules);
    }

    [Fact]
    public void Read_AclRuleFlatPorts_AreDestinationAndSourcePorts()
    {
        var rule = OnlyAclRule(new { protocol = "tcp", port_min = 22, port_max = 22, source_port_min = 1024, source_port_max = 65535 });
        Assert.Equal(ConnectionSet.Ports(IpProtocols.Tcp, 1024, 65535, 22, 22), rule.Connection);
    }

    [Fact]
    public void Read_AclRuleFlatPortsOfZero_MeanTheWholeRange()
    {
        // The provider reads a port the API leaves out back as 0.
        var rule = OnlyAclRule(new { protocol = "udp", port_min = 53, port_max = 53, source_port_min = 0, source_port_max = 0 });
        Assert.Equal(ConnectionSet.Ports(IpProtocols.Udp, 1, 65535, 53, 53), rule.Connection);
    }

    [Fact]
    public void Read_AclRuleTcpBlock_TakesItsPortsAndDefaultsTheRest()
    {
        // The older nested block: its ports default to the whole range, and it decides the protocol.
        var rule = OnlyAclRule(new { protocol = (string?)null, tcp = new[] { new { port_min = 443, port_max = 443 } } });
        Assert.Equal(ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 443, 443), rule.Connection);
        Assert.Equal("tcp", rule.Protocol.Name);
    }

    [Fact]
    public void Read_AclRuleUdpBlock_SourcePortsToo()
    {
        var rule = OnlyAclRule(new { udp = new[] { new { port_min = 1, port_max = 65535, source_port_min = 53, source_port_max = 53 } } });
        Assert.Equal(ConnectionSet.Ports(IpProtocols.Udp, 53, 53, 1, 65535), rule.Connection);
    }

    [Fact]
    public void Read_AclRuleIcmpBlockWithTypeOnly_HasCodeZero_AsTheProviderSends()
    {
        // The provider fills the other half of an ACL rule's icmp block with 0: type 8 becomes type 8, code 0.
        var rule = OnlyAclRule(new { icmp = new[] { new { type = 8, code = (int?)null } } });
        Assert.Equal(ConnectionSet.IcmpOf(8, 0), rule.Connection);
    }

    [Fact]
    public void Read_AclRuleFlatIcmpTypeOnly_MatchesEveryCode()
    {
        var rule = OnlyAclRule(new { protocol = "icmp", type = 8, code = (int?)null });
        Assert.Equal(ConnectionSet.IcmpOf(8, null), rule.Connection);
    }

    [Theory]
    [InlineData("allow", true, "icmp_tcp_udp")] // the provider asks for ICMP, TCP and UDP
    [InlineData("deny", true, "any")] // and for every protocol in a deny rule
    [InlineData("allow", false, "all")] // providers older than the flat attributes wrote no protocol: the API stored "all"
    public void Read_AclRuleWithoutProtocol_IsWhatTheProviderAsksFor(string action, bool attributePresent, string expected)
    {
        object attributes = attributePresent ? new { action, protocol = (string?)null } : new { action };
        var rule = OnlyAclRule(attributes);
        Assert.Equal(expected, rule.Protocol.Name);
        Assert.Equal(action == "deny" ? ConnectionSet.All : ConnectionSet.AllIcmpTcpUdp, rule.Connection);
    }

    [Theory]
    [InlineData("{\"protocol\":\"tcp\",\"port_min\":80,\"port_max\":80}", "protocol: TCP dst-ports: 80")]
    [InlineData("{\"protocol\":\"tcp\",\"port_min\":8080}", "protocol: TCP dst-ports: 8080")] // one port given: both ends, as the provider does
    [InlineData("{\"tcp\":[{\"port_min\":30000,\"port_max\":32767}]}", "protocol: TCP dst-ports: 30000-32767")]
    [InlineData("{\"udp\":[{\"port_min\":53,\"port_max\":53}]}", "protocol: UDP dst-ports: 53")]
    [InlineData("{\"icmp\":[{\"type\":8,\"code\":null}]}", "protocol: ICMP icmp-type: 8")] // a group's icmp block keeps type alone
    [InlineData("{\"protocol\":\"icmp\",\"type\":0,\"code\":0}", "protocol: ICMP icmp-type: 0 icmp-code: 0")] // 0 is a type, not "absent"
    [InlineData("{}", "protocol: ICMP,TCP,UDP")]
    public void Read_SecurityGroupRuleForms_MatchWhatTheProviderCreates(string form, string expected)
    {
        var rule = OnlyGroupRule(System.Text.Json.Nodes.JsonNode.Parse(form)!);
        Assert.Equal(expected, ConnectionText.Of(rule.Connection));
    }

    [Theory]
    [InlineData("10.0.0.0/8", "10.0.0.0/8", false)]
    [InlineData("10.1.2.3", "10.1.2.3/32", true)]
    public void Read_SecurityGroupRemoteAddressOrCidr_IsACidrRemote(string remote, string prefix, bool isAddress)
    {
        var rule = OnlyGroupRule(new { protocol = "tcp", remote });
        var cidr = Assert.IsType<CidrRemote>(rule.Remote);
        Assert.Equal(prefix, cidr.Prefix.ToString());
        Assert.Equal(isAddress, cidr.IsAddress);
    }

    [Fact]
    public void Read_SecurityGroupRemoteId_IsAGroupRemote()
    {
        var rule = OnlyGroupRule(new { protocol = "tcp", remote = GroupId, local = "10.0.1.4" });
        Assert.Equal(GroupId, Assert.IsType<SecurityGroupRemote>(rule.Remote).SecurityGroupId);
        Assert.Equal("10.0.1.4/32", rule.Local.ToString());
    }

    [Fact]
    public void Read_SeparateAclRules_ArePlacedByBefore_AndNumberedAgain()
    {
        // The ACL's own list shows one rule; three separate rules say where they go: c before the inline rule, a
        // before c, b (before "null") at the end.
        var state = State([AclRule(new { id = "inline", name = "inline", protocol = "icmp_tcp_udp" })])
            .Add("ibm_is_network_acl_rule.b", SeparateRule("b", "null"))
            .Add("ibm_is_network_acl_rule.c", SeparateRule("c", "inline"))
            .Add("ibm_is_network_acl_rule.a", SeparateRule("a", "c"));
        var (document, diagnostics) = Read(state.State());
        Assert.Equal(string.Empty, Problems(diagnostics));
        var rules = document.Configuration.NetworkAcls.Single(a => a.Name == "acl").Rules;
        Assert.Equal(["a", "c", "inline", "b"], rules.Select(r => r.Name));
        Assert.Equal([1, 2, 3, 4], rules.Select(r => r.Priority));
        Assert.Equal("ibm_is_network_acl_rule.a", rules[0].Location!.Path);
    }

    [Fact]
    public void Read_BeforeNamingNoRule_PlacesTheRuleLast_AndSaysSo()
    {
        var state = State([AclRule(new { id = "inline", name = "inline", protocol = "icmp_tcp_udp" })])
            .Add("ibm_is_network_acl_rule.lost", SeparateRule("lost", "r006-gone"));
        var (document, diagnostics) = Read(state.State());
        Assert.Equal(["inline", "lost"], document.Configuration.NetworkAcls.Single(a => a.Name == "acl").Rules.Select(r => r.Name));
        var warning = Assert.Single(diagnostics.ToImmutable(), d => d.Code == "PC5110");
        Assert.Equal("ibm_is_network_acl_rule.lost", warning.Location!.Path);
    }

    private static object SeparateRule(string name, string? before) => new
    {
        id = $"{AclId}/{name}",
        rule_id = name,
        network_acl = AclId,
        name,
        action = "allow",
        direction = "inbound",
        source = "10.0.0.0/8",
        destination = "0.0.0.0/0",
        protocol = "tcp",
        port_min = 22,
        port_max = 22,
        before,
    };

    [Fact]
    public void Read_Attachments_DecideTheSubnetsAclAndGateway()
    {
        var state = State()
            .Add("ibm_is_public_gateway.gw", new { id = "r006-gw", name = "gw", vpc = VpcId, zone = "us-south-1", floating_ip = new { id = "r006-fip", address = "52.1.2.3" } })
            .Add("ibm_is_subnet_network_acl_attachment.a", new { id = SubnetId, subnet = SubnetId, network_acl = DefaultAclId })
            .Add("ibm_is_subnet_public_gateway_attachment.g", new { id = SubnetId, subnet = SubnetId, public_gateway = "r006-gw" });
        var (document, _) = Read(state.State());
        var subnet = Assert.Single(document.Configuration.Subnets);
        Assert.Equal(DefaultAclId, subnet.NetworkAclId);
        Assert.Equal("r006-gw", subnet.PublicGatewayId);
        Assert.Equal("ibm_is_subnet.subnet", subnet.Location!.Path);
    }

    [Fact]
    public void Read_Locations_AreTerraformAddressesWithTheLineInTheFile()
    {
        var json = State([AclRule(new { name = "first", protocol = "icmp_tcp_udp" }), AclRule(new { name = "second", protocol = "icmp_tcp_udp" })]).State();
        var (document, _) = Read(json, "state.json");
        var rule = document.Configuration.NetworkAcls.Single(a => a.Name == "acl").Rules[1];
        Assert.Equal("state.json", rule.Location!.File);
        Assert.Equal("ibm_is_network_acl.acl.rules[1]", rule.Location.Path);
        var line = json.Split('\n')[rule.Location.Line!.Value - 1];
        Assert.Equal("{", line.Trim()); // the rule's object opens on that line
        Assert.Contains("\"second\"", string.Join('\n', json.Split('\n').Skip(rule.Location.Line.Value).Take(20)), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadCidrInAnInlineRule_IsAnErrorAtTheAttribute()
    {
        var diagnostics = ReadFailing(State([AclRule(new { source = "10.0.0.0/33", protocol = "icmp_tcp_udp" })]).State());
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("PC1006", error.Code);
        Assert.Equal("ibm_is_network_acl.acl.rules[0].source", error.Location!.Path);
        Assert.NotNull(error.Location.Line);
        Assert.Contains("'10.0.0.0/33' is not a valid CIDR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadPortInASeparateRule_IsAnErrorAtTheResourcesAttribute()
    {
        // A bound with no sensible meaning (negative) refuses the file; the place is the resource's attribute.
        var rule = System.Text.Json.JsonSerializer.SerializeToNode(SeparateRule("r", null))!.AsObject();
        rule["port_max"] = -1;
        var diagnostics = ReadFailing(State().Add("module.net.ibm_is_network_acl_rule.r", rule).State());
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("module.net.ibm_is_network_acl_rule.r.port_max", error.Location!.Path);
    }

    [Fact]
    public void Read_PortBoundJustOutsideThePortSpaceInASeparateRule_IsAWarningAtTheResourcesAttribute()
    {
        // A bound past 65535 is read as the range's part in the port space (PC1015), as in the collector's JSON.
        var rule = System.Text.Json.JsonSerializer.SerializeToNode(SeparateRule("r", null))!.AsObject();
        rule["port_max"] = 70000;
        var (_, diagnostics) = Read(State().Add("module.net.ibm_is_network_acl_rule.r", rule).State());
        var warning = Assert.Single(diagnostics.ToImmutable(), d => d.Severity != Severity.Note);
        Assert.Equal(("PC1015", Severity.Warning, "module.net.ibm_is_network_acl_rule.r.port_max"), (warning.Code, warning.Severity, warning.Location!.Path));
    }

    [Fact]
    public void Read_ListenerDefaultPoolWrittenAsLbSlashPool_NamesThePool()
    {
        var state = State()
            .Add("ibm_is_lb.lb", new { id = "r006-lb", name = "lb", type = "private", subnets = new[] { SubnetId }, private_ips = new[] { "10.0.1.8" } })
            .Add("ibm_is_lb_pool.pool", new { id = "r006-lb/r006-pool", pool_id = "r006-pool", lb = "r006-lb", name = "pool", protocol = "tcp" })
            .Add("ibm_is_lb_listener.l", new { id = "r006-lb/r006-l", listener_id = "r006-l", lb = "r006-lb", port = 443, protocol = "tcp", default_pool = "r006-lb/r006-pool" })
            .Add("ibm_is_lb_pool_member.m", new { id = "r006-lb/r006-pool/r006-m", lb = "r006-lb", pool = "r006-lb/r006-pool", port = 8443, target_id = "0717_vsi" });
        var (document, diagnostics) = Read(state.State());
        Assert.Equal(string.Empty, Problems(diagnostics));
        var lb = Assert.Single(document.Configuration.LoadBalancers);
        var listener = Assert.Single(lb.Listeners);
        Assert.Equal("r006-pool", listener.DefaultPoolId);
        Assert.Equal((443, 443), (listener.PortMin, listener.PortMax));
        var member = Assert.Single(Assert.Single(lb.Pools).Members);
        Assert.Equal(("r006-m", 8443, "0717_vsi"), (member.Id, member.Port, member.TargetId));
    }

    [Fact]
    public void Read_PrefixFilterBoundsOfZero_AreNotSet()
    {
        var state = State()
            .Add("ibm_tg_gateway.tg", new { id = "r010-tg", crn = "crn:tg", name = "tg", location = "us-south", global = false })
            .Add("ibm_tg_connection.c", new { id = "r010-tg/r010-c", connection_id = "r010-c", gateway = "r010-tg", name = "c", network_type = "vpc", network_id = "crn:vpc", default_prefix_filter = "deny" })
            .Add("ibm_tg_connection_prefix_filter.f", new { id = "r010-tg/r010-c/r010-f", filter_id = "r010-f", gateway = "r010-tg", connection_id = "r010-c", action = "permit", prefix = "10.0.0.0/16", ge = 0, le = 0 });
        var (document, _) = Read(state.State());
        var connection = Assert.Single(document.Configuration.TransitConnections);
        Assert.Equal(PrefixFilterAction.Deny, connection.PrefixFiltersDefault);
        Assert.Equal("crn:tg", connection.TransitGatewayCrn);
        var filter = Assert.Single(connection.PrefixFilters);
        Assert.Equal((PrefixFilterAction.Permit, (int?)null, (int?)null), (filter.Action, filter.Ge, filter.Le));
    }

    [Fact]
    public void Read_OtherProvidersOnly_IsAnErrorNamingThem()
    {
        var state = new TerraformFixture().Add("aws_vpc.main", new { id = "vpc-1", cidr_block = "10.0.0.0/16" }, "registry.terraform.io/hashicorp/aws");
        var error = Assert.Single(ReadFailing(state.State(), "aws.json"), d => d.Severity == Severity.Error);
        Assert.Equal("PC5104", error.Code);
        Assert.Equal("aws.json: $.values: error PC5104: no resource of the IBM Cloud provider (IBM-Cloud/ibm) to read: it holds only resources of other providers (hashicorp/aws)", error.ToString());
    }

    [Fact]
    public void Read_EmptyState_IsAnError()
    {
        // terraform show -json of a workspace with no state prints only the format version.
        var error = Assert.Single(ReadFailing("{\"format_version\":\"1.0\"}"), d => d.Severity == Severity.Error);
        Assert.Contains("the state holds no resources", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ErroredPlan_IsAnError()
    {
        var plan = State().Plan(p => p.Top("errored", true));
        var error = Assert.Single(ReadFailing(plan), d => d.Severity == Severity.Error);
        Assert.Equal(("PC5101", "$.errored"), (error.Code, error.Location!.Path));
    }

    [Fact]
    public void Read_FormatVersionTwo_IsRejected()
    {
        var error = Assert.Single(ReadFailing("{\"format_version\":\"2.0\",\"values\":{}}"), d => d.Severity == Severity.Error);
        Assert.Equal("PC5100", error.Code);
    }

    [Theory]
    [InlineData("{\"format_version\":\"1.2\",\"resource_changes\":{}}", "$.resource_changes")]
    [InlineData("{\"format_version\":\"1.2\",\"resource_changes\":[{\"address\":\"x.y\"}]}", "$.resource_changes[0].type")]
    [InlineData("{\"format_version\":\"1.0\",\"values\":{\"root_module\":{\"resources\":[{\"address\":\"ibm_is_vpc.v\",\"type\":\"ibm_is_vpc\",\"name\":\"v\",\"values\":{}}],\"child_modules\":[7]}}}", "$.values.root_module.child_modules[0]")]
    public void Read_MalformedEnvelope_IsAnErrorAtItsPath(string json, string path)
    {
        var error = Assert.Single(ReadFailing(json), d => d.Severity == Severity.Error);
        Assert.Equal(("PC5103", path), (error.Code, error.Location!.Path));
    }

    [Fact]
    public void Read_IncompletePlan_IsAWarning()
    {
        var (_, diagnostics) = Read(State().Plan(p => p.Top("complete", false)));
        Assert.Contains(diagnostics.ToImmutable(), d => d.Code == "PC5102" && d.Severity == Severity.Warning);
    }

    [Fact]
    public void Read_TypesAndAttributesItDoesNotKnow_AreNotes_NetworkOnesAreWarnings()
    {
        var state = State()
            .Add("ibm_resource_instance.cos", new { id = "crn:cos", name = "cos" })
            .Add("ibm_is_vpn_gateway.vpn", new { id = "r006-vpn", subnet = SubnetId, name = "vpn" })
            .Add("ibm_is_security_group.extra", new { id = "r006-extra", name = "extra", vpc = VpcId, rules = Array.Empty<object>(), flux_capacitor = true });
        var (document, diagnostics) = Read(state.State());
        var all = diagnostics.ToImmutable();
        Assert.Equal(Severity.Note, Assert.Single(all, d => d.Code == "PC5105").Severity);
        var vpn = Assert.Single(all, d => d.Code == "PC5108");
        Assert.Equal((Severity.Warning, "ibm_is_vpn_gateway.vpn"), (vpn.Severity, vpn.Location!.Path));
        var attribute = Assert.Single(all, d => d.Code == "PC5106");
        Assert.Equal((Severity.Note, "ibm_is_security_group.extra.flux_capacitor"), (attribute.Severity, attribute.Location!.Path));
        Assert.Contains(document.Configuration.SecurityGroups, g => g.Name == "extra");
    }

    [Fact]
    public void Read_StateOfBothProviders_ReadsIbm_AndNotesTheOthers()
    {
        var state = State().Add("random_id.x", new { id = "abc" }, "registry.terraform.io/hashicorp/random");
        var (document, diagnostics) = Read(state.State());
        Assert.Equal(ConfigurationFormat.TerraformState, document.Format);
        Assert.Contains(diagnostics.ToImmutable(), d => d.Severity == Severity.Note && d.Message.Contains("hashicorp/random", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_VpcsGroupsList_WritesTheGroupsNoResourceManages()
    {
        // The default group exists in the VPC's list only; it is written from there, as the VPC saw it.
        var (document, _) = Read(State().WithInstance(groups: [DefaultGroupId]).State());
        var group = Assert.Single(document.Configuration.SecurityGroups, g => g.Id == DefaultGroupId);
        Assert.Equal("default-sg", group.Name);
        Assert.Equal("ibm_is_vpc.vpc.security_group[0]", group.Location!.Path);
        Assert.Single(group.Rules);
        Assert.Equal([DefaultGroupId], document.Configuration.Instances.Single().Interfaces[0].SecurityGroupIds);
    }

    internal static IReadOnlyList<Diagnostic> ReadFailing(string json, string file = "terraform.json")
    {
        var diagnostics = new DiagnosticBag();
        Assert.False(ConfigurationReader.TryRead(Encoding.UTF8.GetBytes(json), file, diagnostics, out _));
        return diagnostics.ToImmutable();
    }
}
