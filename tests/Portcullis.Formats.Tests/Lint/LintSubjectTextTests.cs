using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Lint;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;
using Portcullis.Formats.Lint;
using Portcullis.Testing;

namespace Portcullis.Formats.Tests.Lint;

/// <summary>How lint output names the objects findings refer to.</summary>
public sealed class LintSubjectTextTests
{
    private static readonly VpcNetwork Vpc = NetworkTopology.Build(new ConfigBuilder()
        .Subnet("s1", "10.0.0.0/24", acl: "acl")
        .AclRule("acl", AclAction.Deny, TrafficDirection.Inbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.All, "deny-all")
        .Instance("vsi", "s1", "10.0.0.4", "sg")
        .GroupRule("sg", TrafficDirection.Inbound, "10.0.0.0/8", ConnectionSet.AllTcp)
        .Build(), TopologyFilter.None, new DiagnosticBag())!.Vpcs.Single();

    public static TheoryData<string, string, string, string?> Subjects() => new()
    {
        // what, Name, Path (fingerprints), Table
        { "vpc", "test-vpc", "test-vpc/test-vpc", null },
        { "subnet", "s1", "test-vpc/s1", null },
        { "acl", "acl", "test-vpc/acl", null },
        { "acl-rule", "deny-all", "test-vpc/acl/deny-all", "acl" },
        { "group", "sg", "test-vpc/sg", null },
        { "group-rule", "sg-r0", "test-vpc/sg/sg-r0", "sg" }, // a rule without a name goes by its id
        { "endpoint", "vsi[10.0.0.4]", "test-vpc/vsi[10.0.0.4]", null },
        { "external", "Public Internet 8.8.8.0/24", "Public Internet 8.8.8.0/24", null }, // no VPC
    };

    [Theory]
    [MemberData(nameof(Subjects))]
    public void NamePathAndTable_EachKind(string what, string name, string path, string? table)
    {
        var subject = Subject(what);

        Assert.Equal(name, LintSubjectText.Name(subject));
        Assert.Equal(path, LintSubjectText.Path(subject));
        Assert.Equal(table, LintSubjectText.Table(subject));
        Assert.Equal(table is not null, LintSubjectText.Rule(subject) is not null); // only rules are cited
    }

    [Fact]
    public void Qualified_IsTheNameWithItsVpc_ExternalAddressesHaveNone()
    {
        Assert.Equal("test-vpc/vsi[10.0.0.4]", LintSubjectText.Qualified(Subject("endpoint")));
        Assert.Equal("test-vpc/deny-all", LintSubjectText.Qualified(Subject("acl-rule")));
        Assert.Equal("Public Internet (all ranges)", LintSubjectText.Qualified(LintSubject.External(ExternalKind.PublicInternet, ExternalAddressSpace.PublicInternet)));
    }

    [Fact]
    public void Rule_CitesTheRuleAsExplanationsDo()
    {
        Assert.Equal("name: deny-all, priority: 1, action: deny, direction: inbound, source: 0.0.0.0/0, destination: 0.0.0.0/0, protocol: any", LintSubjectText.Rule(Subject("acl-rule")));
        Assert.Equal("id: sg-r0, direction: inbound, local: 0.0.0.0/0, remote: 10.0.0.0/8, protocol: tcp,  dstPorts: 1-65535", LintSubjectText.Rule(Subject("group-rule")));
        Assert.Null(LintSubjectText.Rule(Subject("acl")));
    }

    [Theory]
    [InlineData(LintSubjectKind.NetworkAclRule, "network-acl-rule")]
    [InlineData(LintSubjectKind.ExternalAddresses, "external-addresses")]
    [InlineData(LintSubjectKind.TransitGateway, "transit-gateway")]
    public void Kind_IsKebabCase(LintSubjectKind kind, string name) => Assert.Equal(name, LintSubjectText.Kind(kind));

    private static LintSubject Subject(string what)
    {
        var acl = Vpc.Acls.Single(a => a.Name == "acl");
        var group = Vpc.SecurityGroups.Single(g => g.Name == "sg");
        return what switch
        {
            "vpc" => LintSubject.Of(Vpc),
            "subnet" => LintSubject.Of(Vpc.Subnets[0].Subnet, Vpc),
            "acl" => LintSubject.Of(acl, Vpc),
            "acl-rule" => LintSubject.Of(acl, acl.Rules[0], Vpc),
            "group" => LintSubject.Of(group, Vpc),
            "group-rule" => LintSubject.Of(group, group.Rules[0], Vpc),
            "endpoint" => LintSubject.Of(Vpc.Endpoints[0], null),
            _ => LintSubject.External(ExternalKind.PublicInternet, IpPrefix.Parse("8.8.8.0/24").ToAddressSet()),
        };
    }
}
