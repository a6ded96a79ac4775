using Portcullis.Cluster.Check;
using Portcullis.Cluster.Fix;
using Portcullis.Cluster.Requirements;
using Portcullis.Core.Explain;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;

namespace Portcullis.Cluster.Tests;

public sealed class ClusterCheckerTests
{
    public static TheoryData<DocumentationEra> Eras => [.. Enum.GetValues<DocumentationEra>()];

    // Every (era, requirement) of the shipped catalogs, for the per-requirement violation tests.
    public static TheoryData<DocumentationEra, string> Requirements()
    {
        var data = new TheoryData<DocumentationEra, string>();
        foreach (var catalog in IksFixture.Facts.Catalogs)
        {
            foreach (var requirement in catalog.For(IksFixture.Version(IksFixture.VersionOf(catalog.Era))))
            {
                data.Add(catalog.Era, requirement.Id);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Eras))]
    public void Check_DenyAllFirewalls_NoRequirementIsOpen(DocumentationEra era)
    {
        var report = IksFixture.Check(IksFixture.Description(era), IksFixture.DenyAll());

        Assert.Equal(era, report.Catalog.Era);
        Assert.NotEmpty(report.Results);
        Assert.All(report.Results, r => Assert.True(r.Status is RequirementStatus.Blocked or RequirementStatus.PartlyOpen, $"{r.Requirement.Id}: {r.Status}"));
        Assert.True(report.HasBlocked);
    }

    [Theory]
    [MemberData(nameof(Eras))]
    public void Fix_DenyAllFirewalls_RecheckPassesAndNothingOpenIsClosed(DocumentationEra era)
    {
        var description = IksFixture.Description(era);
        var before = IksFixture.DenyAll();
        var plan = FixPlanner.Plan(IksFixture.Check(description, before));

        var after = FixApplier.Apply(before, plan);
        var recheck = IksFixture.Check(description, after);

        Assert.Empty(plan.Problems);
        Assert.All(recheck.Results, r => Assert.True(r.Status == RequirementStatus.Open, IksFixture.Statuses(recheck)));
        Assert.Empty(FixPlanner.Plan(recheck).Changes);
        IksFixture.AssertNothingClosed(before, after);
    }

    [Theory]
    [MemberData(nameof(Eras))]
    public void Fix_ExampleInEveryEra_RecheckPassesAndNothingOpenIsClosed(DocumentationEra era)
    {
        var (configuration, example) = IksFixture.Example();
        var description = IksFixture.WithEra(example, era);
        var plan = FixPlanner.Plan(IksFixture.Check(description, configuration));

        var after = FixApplier.Apply(configuration, plan);
        var recheck = IksFixture.Check(description, after);

        Assert.All(recheck.Results, r => Assert.True(r.Status is RequirementStatus.Open or RequirementStatus.NotApplicable, IksFixture.Statuses(recheck)));
        IksFixture.AssertNothingClosed(configuration, after);
    }

    [Theory]
    [MemberData(nameof(Requirements))]
    public void Check_RequirementViolated_IsReportedNotOpenAndItsFixOpensIt(DocumentationEra era, string id)
    {
        // Arrange: fix everything but this requirement's own rules.
        var description = IksFixture.Description(era);
        var denyAll = IksFixture.DenyAll();
        var plan = FixPlanner.Plan(IksFixture.Check(description, denyAll));
        var others = plan with { Changes = [.. plan.Changes.Where(c => !c.RequirementIds.Contains(id))] };
        var violated = FixApplier.Apply(denyAll, others);

        // Act
        var report = IksFixture.Check(description, violated);
        var result = report.Results.Single(r => r.Requirement.Id == id);
        var fixedAgain = IksFixture.Check(description, FixApplier.Apply(violated, FixPlanner.Plan(report)));

        // Assert
        Assert.True(result.Status is RequirementStatus.Blocked or RequirementStatus.PartlyOpen, $"{id}: {result.Status}");
        Assert.NotNull(result.BlockingGap);
        Assert.True(report.HasBlocked);
        Assert.Equal(RequirementStatus.Open, fixedAgain.Results.Single(r => r.Requirement.Id == id).Status);
    }

    [Fact]
    public void Check_Example_RegistryThroughVpeIsPartlyOpenOnPort4443AndTheRestIsOpen()
    {
        var (configuration, description) = IksFixture.Example();

        var report = IksFixture.Check(description, configuration);

        Assert.Equal(DocumentationEra.AclSgMinimums, report.Catalog.Era);
        var registry = report.Results.Single(r => r.Requirement.Id == "registry-vpe-outbound");
        Assert.Equal(RequirementStatus.PartlyOpen, registry.Status);
        Assert.All(registry.Peers, p => Assert.True(ConnectionSet.Ports(6, 1, 65535, 443, 443).IsSubsetOf(p.Allowed)));
        Assert.Equal("deny-all-outbound", registry.BlockingGap!.DenyingRule!.AclRule!.Name);
        Assert.All(report.Results.Where(r => r != registry), r => Assert.Equal(RequirementStatus.Open, r.Status));
        Assert.Contains(report.Findings, f => f is RepliesBlockedFinding { Requirement.Id: "registry-vpe-outbound", Rule.AclRule.Name: "deny-all-inbound" or "deny-all-outbound" });
    }

    [Fact]
    public void Check_NewSubnetWithoutNodePortRule_ReportsDrift()
    {
        // Arrange: the example's group opens node ports from each worker subnet by its own rule; drop zone 3's.
        var (configuration, description) = IksFixture.Example();
        var drifted = configuration with
        {
            SecurityGroups = [.. configuration.SecurityGroups.Select(g => g with { Rules = [.. g.Rules.Where(r => r.Id != "r006-s-k6")] })],
        };

        var report = IksFixture.Check(description, drifted);

        var nodePorts = report.Results.Single(r => r.Requirement.Id == "nodeports-inbound");
        Assert.Equal(RequirementStatus.PartlyOpen, nodePorts.Status);
        var drift = Assert.IsType<DriftFinding>(Assert.Single(report.Findings, f => f.Kind == FindingKind.Drift));
        Assert.Equal(("nodeports-inbound", "10.240.128.0/24"), (drift.Requirement.Id, drift.Subnet.Subnet.Cidr.ToString()));
        Assert.NotEqual(RequirementStatus.Open, drift.Status);
        Assert.Equal(LayerKind.SecurityGroup, drift.Gap!.Layer);
    }

    [Fact]
    public void Check_NodePortsOpenToTheWorld_ReportsWiderThanNeeded()
    {
        var (configuration, description) = IksFixture.Example();
        var kube = configuration.SecurityGroups.Single(g => g.Name == "kube-cq2lq0ud0t3mfm6aff7g");
        var wide = kube.Rules.Single(r => r.Id == "r006-s-k4") with { Id = "wide", Remote = new CidrRemote(Portcullis.Core.Addresses.IpPrefix.AllIPv4) };
        var opened = configuration with { SecurityGroups = [.. configuration.SecurityGroups.Select(g => g == kube ? g with { Rules = g.Rules.Add(wide) } : g)] };

        var report = IksFixture.Check(description, opened);

        var finding = Assert.IsType<WiderThanNeededFinding>(Assert.Single(report.Findings, f => f.Kind == FindingKind.WiderThanNeeded));
        Assert.Equal("nodeports-inbound", finding.Requirement.Id);
        Assert.Equal("wide", finding.Rule!.GroupRule!.Id);
        Assert.True(finding.Everywhere);
        Assert.Equal(RequirementStatus.Open, report.Results.Single(r => r.Requirement.Id == "nodeports-inbound").Status);
    }

    [Fact]
    public void Check_NoMasterVpeAndUnknownControlPlane_NotApplicableWithReasons()
    {
        // ca-mon has no published control-plane CIDRs; the configuration has no VPE of the cluster.
        var description = IksFixture.Description(DocumentationEra.AclSgMinimums, region: "ca-mon");
        var configuration = IksFixture.DenyAll() with { EndpointGateways = [] };

        var report = IksFixture.Check(description, configuration);

        var vpe = report.Results.Single(r => r.Requirement.Id == "sg-master-vpe-outbound");
        var healthCheck = report.Results.Single(r => r.Requirement.Id == "acl-healthcheck-inbound");
        Assert.Equal(RequirementStatus.NotApplicable, vpe.Status);
        Assert.Equal(NotApplicableKind.NoMasterVpe, vpe.NotApplicable!.Kind);
        Assert.Equal(RequirementStatus.NotApplicable, healthCheck.Status);
        Assert.Equal((NotApplicableKind.ControlPlaneUnknown, "ca-mon"), (healthCheck.NotApplicable!.Kind, healthCheck.NotApplicable.Cluster!.Region));
    }

    [Fact]
    public void Check_NoWorkersListedAnywhere_OneWorkerPerSubnetIsAssumedAndSaid()
    {
        var description = IksFixture.Description(DocumentationEra.AclSgMinimums);
        var configuration = IksFixture.DenyAll() with { IksClusters = [] };

        var report = IksFixture.Check(description, configuration);

        Assert.Equal(3, report.Binding.Workers.Length);
        Assert.Contains(report.Findings, f => f is BindingNoteFinding { Note: { Kind: BindingNoteKind.WorkersAssumed, ClusterId: "c1" } });
    }

    [Fact]
    public void Check_WaivedRequirement_IsNotChecked()
    {
        var description = IksFixture.Description(DocumentationEra.AclSgMinimums) with { Overrides = new(Waive: ["sg-ping-inbound", "no-such-id"]) };

        var report = IksFixture.Check(description, IksFixture.DenyAll());

        Assert.DoesNotContain(report.Results, r => r.Requirement.Id == "sg-ping-inbound");
        Assert.Equal(new UnknownWaiverFinding("no-such-id", DocumentationEra.AclSgMinimums), Assert.Single(report.Findings.OfType<UnknownWaiverFinding>()));
    }

    [Fact]
    public void Check_AclCloseToQuota_ReportsPressure()
    {
        var builder = IksFixture.DenyAllBuilder();
        for (var i = 0; i < 170; i++)
        {
            builder.AclRule("cluster-acl", AclAction.Allow, TrafficDirection.Inbound, $"192.0.2.{i}/32", "0.0.0.0/0", ConnectionSet.Ports(6, 1, 65535, 22, 22));
        }

        var report = IksFixture.Check(IksFixture.Description(DocumentationEra.AclSgMinimums), builder.Build());

        Assert.Contains(report.Quotas, q => q is { Kind: QuotaKind.AclRules, Acl.Name: "cluster-acl", Used: 172, Limit: 200, UnderPressure: true });
        Assert.Contains(report.Findings, f => f is QuotaFinding { Usage: { Kind: QuotaKind.AclRules, Acl.Name: "cluster-acl" }, ClusterId: "c1" });
    }
}
