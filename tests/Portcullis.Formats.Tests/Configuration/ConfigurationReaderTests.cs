using System.Text;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Formats.Configuration;
using Portcullis.Testing;
using Portcullis.Testing.Terraform;

namespace Portcullis.Formats.Tests.Configuration;

/// <summary>
/// One entry point for every configuration format, told apart by content; several files combine, a Terraform file's
/// objects replacing the collected ones they manage.
/// </summary>
public sealed class ConfigurationReaderTests
{
    // Ids of the IKS example's collected configuration.
    private const string ExampleVpc = "r006-4c2b6d1e-7a3f-4e5b-9c8d-0f1e2a3b4c5d";
    private const string BastionAcl = "r006-a1000000-0000-4000-8000-000000000002";
    private const string BastionSubnet = "0717-d4000000-0000-4000-8000-000000000009";
    private const string ClusterGroup = "r006-b2000000-0000-4000-8000-000000000002";

    private static ConfigurationDocument ReadDocument(string json, DiagnosticBag diagnostics, string file = "input.json")
    {
        Assert.True(ConfigurationReader.TryRead(Encoding.UTF8.GetBytes(json), file, diagnostics, out var document), string.Join("\n", diagnostics.ToImmutable()));
        return document;
    }

    private static ConfigurationDocument Example(DiagnosticBag diagnostics)
    {
        Assert.True(ConfigurationReader.TryReadFile(RepositoryPaths.IksExample, diagnostics, out var document));
        return document;
    }

    [Fact]
    public void TryRead_EachFormat_IsToldByItsContent()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Equal(ConfigurationFormat.Collector, Example(diagnostics).Format);
        var state = new TerraformFixture().Add("ibm_is_vpc.v", new { id = "r006-v", name = "v" });
        Assert.Equal(ConfigurationFormat.TerraformState, ReadDocument(state.State(), diagnostics).Format);
        Assert.Equal(ConfigurationFormat.TerraformPlan, ReadDocument(state.Plan(_ => { }), diagnostics).Format);
        Assert.Equal(ConfigurationFormat.IbmCloudExport, ReadDocument("[{\"id\":\"r006-v\",\"crn\":\"crn:v1:bluemix:public:is:us-south:a/1::vpc:r006-v\",\"name\":\"v\"}]", diagnostics).Format);
        Assert.False(diagnostics.HasErrors);
    }

    [Theory]
    [InlineData("", "PC1001", "the file is empty")]
    [InlineData("{\"vpcs\": [", "PC1002", "malformed JSON")]
    [InlineData("{\"kind\": \"List\"}", "PC5000", "not a configuration Portcullis reads")]
    [InlineData("42", "PC5000", "not a configuration Portcullis reads")]
    public void TryRead_NoConfiguration_SaysWhatIsExpected(string json, string code, string expected)
    {
        var diagnostics = new DiagnosticBag();
        Assert.False(ConfigurationReader.TryRead(Encoding.UTF8.GetBytes(json), "x.json", diagnostics, out _));
        var error = Assert.Single(diagnostics.ToImmutable());
        Assert.Equal(code, error.Code);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal("x.json", error.Location!.File);
    }

    [Fact]
    public void TryReadFiles_ReadsEveryFile_AndReportsEveryProblem()
    {
        var diagnostics = new DiagnosticBag();
        Assert.False(ConfigurationReader.TryReadFiles(["/no/such/a.json", RepositoryPaths.IksExample, "/no/such/b.json"], diagnostics, out _));
        Assert.Equal(["/no/such/a.json", "/no/such/b.json"], diagnostics.ToImmutable().Select(d => d.Location!.File));
    }

    [Fact]
    public void Combine_PlanOfAnAcl_ReplacesTheCollectedOne_WithANote()
    {
        var diagnostics = new DiagnosticBag();
        var plan = new TerraformFixture()
            .Add("module.bastion.ibm_is_network_acl.bastion", new
            {
                id = BastionAcl,
                name = "iks-prod-bastion-acl",
                vpc = ExampleVpc,
                rules = new object[] { new { id = "r1", name = "allow-all-in", action = "allow", direction = "inbound", source = "0.0.0.0/0", destination = "0.0.0.0/0", protocol = "any" } },
            })
            .Plan(_ => { });
        var combined = ConfigurationReader.Combine([Example(diagnostics), ReadDocument(plan, diagnostics, "plan.json")], diagnostics);
        var acl = Assert.Single(combined.NetworkAcls, a => a.Id == BastionAcl);
        Assert.Equal(["allow-all-in"], acl.Rules.Select(r => r.Name));
        Assert.Equal("module.bastion.ibm_is_network_acl.bastion", acl.Location!.Path);
        Assert.Equal(2, combined.NetworkAcls.Length);

        var summary = Assert.Single(diagnostics.ToImmutable(), d => d.Code == "PC5250");
        Assert.Equal("plan.json: warning PC5250: replaces 1 object of the configurations given before it (network ACL iks-prod-bastion-acl); --verbose lists each", summary.ToString());
        var note = Assert.Single(diagnostics.ToImmutable(), d => d.Code == "PC5251");
        Assert.Equal(Severity.Note, note.Severity);
        Assert.Equal($"network ACL iks-prod-bastion-acl ({BastionAcl}) is replaced by module.bastion.ibm_is_network_acl.bastion", note.Message);
    }

    [Fact]
    public void Combine_AclThePlanCreatesAnew_TakesTheOldOnesPlaceByName_AndReferencesFollowIt()
    {
        var diagnostics = new DiagnosticBag();
        var plan = new TerraformFixture().Plan(p => p
            .Create("ibm_is_network_acl.bastion", new { name = "iks-prod-bastion-acl", vpc = ExampleVpc, rules = Array.Empty<object>() }, "id", "crn"));
        var combined = ConfigurationReader.Combine([Example(diagnostics), ReadDocument(plan, diagnostics)], diagnostics);
        Assert.DoesNotContain(combined.NetworkAcls, a => a.Id == BastionAcl);
        Assert.Equal("ibm_is_network_acl.bastion", combined.Subnets.Single(s => s.Id == BastionSubnet).NetworkAclId);
        Assert.Contains("matched by VPC and name (its id is new)", Assert.Single(diagnostics.ToImmutable(), d => d.Code == "PC5253").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Combine_ObjectOnlyReadThroughADataSource_GivesWayToTheCollectedOne()
    {
        var diagnostics = new DiagnosticBag();
        var state = new TerraformFixture().Add("data.ibm_is_virtual_endpoint_gateway.master", new
        {
            id = "r006-e5000000-0000-4000-8000-000000000001",
            name = "iks-cq2lq0ud0t3mfm6aff7g",
            vpc = ExampleVpc,
            ips = Array.Empty<object>(),
            security_groups = Array.Empty<string>(),
        }).State();
        var combined = ConfigurationReader.Combine([Example(diagnostics), ReadDocument(state, diagnostics)], diagnostics);
        Assert.Equal(3, Assert.Single(combined.EndpointGateways).Ips.Length);
        Assert.DoesNotContain(diagnostics.ToImmutable(), d => d.Code == "PC5250");
    }

    [Fact]
    public void Combine_PlanThatDeletesAnInstance_RemovesTheCollectedOne()
    {
        var diagnostics = new DiagnosticBag();
        var plan = new TerraformFixture()
            .Add("ibm_is_instance.bastion", new { id = "0717_b8000000-0000-4000-8000-000000000001", name = "bastion", vpc = ExampleVpc, zone = "us-south-1" })
            .Plan(p => p.Delete("ibm_is_instance.bastion"));
        var combined = ConfigurationReader.Combine([Example(diagnostics), ReadDocument(plan, diagnostics)], diagnostics);
        Assert.Empty(combined.Instances);
        Assert.Contains("removes 1 object of the configurations given before it, as it deletes them (instance bastion)", Assert.Single(diagnostics.ToImmutable(), d => d.Code == "PC5252").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Combine_SeparateRuleOnACollectedAcl_GoesBeforeTheRuleItNames()
    {
        // The plan holds one rule of the bastion's ACL, which only the collected configuration holds.
        var diagnostics = new DiagnosticBag();
        var plan = new TerraformFixture().Plan(p => p.Create("ibm_is_network_acl_rule.vpn", new
        {
            network_acl = BastionAcl,
            name = "allow-vpn-ssh-inbound",
            action = "allow",
            direction = "inbound",
            source = "145.41.0.0/16",
            destination = "0.0.0.0/0",
            protocol = "tcp",
            port_min = 22,
            port_max = 22,
            before = "r006-r-deny-all-inbound",
        }, "id", "rule_id"));
        var combined = ConfigurationReader.Combine([Example(diagnostics), ReadDocument(plan, diagnostics)], diagnostics);
        var inbound = combined.NetworkAcls.Single(a => a.Id == BastionAcl).RulesOf(TrafficDirection.Inbound).ToList();
        Assert.Equal(["allow-corporate-ssh-inbound", "allow-workers-ssh-replies-inbound", "allow-ssh-admin-inbound", "allow-vpn-ssh-inbound", "deny-all-inbound"], inbound.Select(r => r.Name));
        Assert.Equal([1, 2, 3, 4, 5], inbound.Select(r => r.Priority));
        Assert.Equal("ibm_is_network_acl_rule.vpn", inbound[3].Location!.Path);
        Assert.False(diagnostics.HasErrors);
    }

    [Fact]
    public void Combine_PlanThatDeletesARuleOfACollectedAcl_RemovesIt()
    {
        var diagnostics = new DiagnosticBag();
        var plan = new TerraformFixture()
            .Add("ibm_is_network_acl_rule.admin", new { id = $"{BastionAcl}/r006-r-allow-ssh-admin-inbound", rule_id = "r006-r-allow-ssh-admin-inbound", network_acl = BastionAcl, name = "allow-ssh-admin-inbound", action = "allow", direction = "inbound", source = "145.40.12.0/24", destination = "0.0.0.0/0", protocol = "tcp" })
            .Plan(p => p.Delete("ibm_is_network_acl_rule.admin"));
        var combined = ConfigurationReader.Combine([Example(diagnostics), ReadDocument(plan, diagnostics)], diagnostics);
        Assert.DoesNotContain(combined.NetworkAcls.Single(a => a.Id == BastionAcl).Rules, r => r.Name == "allow-ssh-admin-inbound");
    }

    [Fact]
    public void Combine_SeparateRuleAndTargetOnACollectedGroup_JoinIt()
    {
        var diagnostics = new DiagnosticBag();
        var state = new TerraformFixture()
            .Add("ibm_is_security_group_rule.extra", new { id = $"{ClusterGroup}.r006-extra", rule_id = "r006-extra", group = ClusterGroup, direction = "inbound", protocol = "tcp", port_min = 8443, port_max = 8443, remote = "10.240.1.0/28" })
            .Add("ibm_is_security_group_target.bastion", new { id = $"{ClusterGroup}/0717-n7000000-0000-4000-8000-000000000001", security_group = ClusterGroup, target = "0717-n7000000-0000-4000-8000-000000000001" })
            .State();
        var combined = ConfigurationReader.Combine([Example(diagnostics), ReadDocument(state, diagnostics)], diagnostics);
        var group = combined.SecurityGroups.Single(g => g.Id == ClusterGroup);
        Assert.Equal(13, group.Rules.Length);
        Assert.Equal("ibm_is_security_group_rule.extra", group.Rules[^1].Location!.Path);
        Assert.Contains("0717-n7000000-0000-4000-8000-000000000001", group.TargetIds);
    }

    [Fact]
    public void Combine_SeparateRuleWithoutItsAcl_IsIgnored_WithAWarning()
    {
        var diagnostics = new DiagnosticBag();
        var plan = new TerraformFixture().Plan(p => p.Create("ibm_is_network_acl_rule.r", new { network_acl = "r006-elsewhere", name = "r", action = "allow", direction = "inbound", source = "0.0.0.0/0", destination = "0.0.0.0/0" }, "id", "rule_id"));
        var combined = ConfigurationReader.Combine([ReadDocument(plan, diagnostics, "plan.json")], diagnostics);
        Assert.Empty(combined.NetworkAcls);
        var warning = Assert.Single(diagnostics.ToImmutable(), d => d.Code == "PC5117");
        Assert.Equal("ibm_is_network_acl_rule.r", warning.Location!.Path);
        Assert.Contains("network ACL 'r006-elsewhere', which none of the configurations given holds", warning.Message, StringComparison.Ordinal);
    }
}
