using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Testing;

namespace Portcullis.Core.Tests.Model;

/// <summary>
/// Laying a managed configuration (Terraform's) over a collected one: the managed copy of an object wins, matched by
/// id or else by VPC and name; observed objects give way; deleted ones go; references follow a replacement.
/// </summary>
public sealed class ConfigurationOverlayTests
{
    private static readonly HashSet<string> None = [];

    private static VpcConfiguration Collected() => new ConfigBuilder()
        .Subnet("a", "10.0.1.0/24").Subnet("b", "10.0.2.0/24")
        .AllowAll("acl-a").AllowAll("acl-b")
        .Instance("vm", "a", "10.0.1.4", "sg")
        .GroupRule("sg", TrafficDirection.Inbound, "0.0.0.0/0", ConnectionSet.AllTcp)
        .Build();

    private static NetworkAcl Acl(string id, string name, string vpc = "vpc-1") =>
        new(id, null, name, vpc, [], [], Location: new Core.Diagnostics.SourceLocation("plan.json", $"ibm_is_network_acl.{name}"));

    [Fact]
    public void Apply_ObjectWithTheSameId_IsReplacedByTheManagedOne()
    {
        var result = ConfigurationOverlay.Apply(Collected(), VpcConfiguration.Empty with { NetworkAcls = [Acl("acl-a", "acl-a")] }, None, None);
        var acl = Assert.Single(result.Configuration.NetworkAcls, a => a.Id == "acl-a");
        Assert.Empty(acl.Rules);
        Assert.Equal(2, result.Configuration.NetworkAcls.Length);
        var change = Assert.Single(result.Changes);
        Assert.Equal((OverlayAction.Replaced, ResourceKind.NetworkAcl, "acl-a", false), (change.Action, change.Kind, change.ReplacementId, change.MatchedByName));
        Assert.Equal("ibm_is_network_acl.acl-a", change.ReplacementLocation!.Path);
    }

    [Fact]
    public void Apply_ObjectWithANewIdAndTheSameName_TakesItsPlace_AndReferencesFollow()
    {
        var result = ConfigurationOverlay.Apply(Collected(), VpcConfiguration.Empty with { NetworkAcls = [Acl("module.net.ibm_is_network_acl.a", "acl-a")] }, None, None);
        Assert.DoesNotContain(result.Configuration.NetworkAcls, a => a.Id == "acl-a");
        Assert.Equal("module.net.ibm_is_network_acl.a", result.Configuration.Subnets.Single(s => s.Id == "a").NetworkAclId);
        Assert.Equal("acl-b", result.Configuration.Subnets.Single(s => s.Id == "b").NetworkAclId);
        Assert.True(Assert.Single(result.Changes).MatchedByName);
    }

    [Fact]
    public void Apply_SameNameInAnotherVpc_IsNotAMatch()
    {
        var result = ConfigurationOverlay.Apply(Collected(), VpcConfiguration.Empty with { NetworkAcls = [Acl("tf-acl", "acl-a", vpc: "vpc-2")] }, None, None);
        Assert.Equal(3, result.Configuration.NetworkAcls.Length);
        Assert.Empty(result.Changes);
    }

    [Fact]
    public void Apply_VpcMatchedByName_LetsObjectsInItMatchByName()
    {
        var collected = Collected();
        var vpc = collected.Vpcs.Single();
        var managed = VpcConfiguration.Empty with
        {
            Vpcs = [vpc with { Id = "tf-vpc", Crn = "tf-vpc" }],
            NetworkAcls = [Acl("tf-acl", "acl-a", vpc: "tf-vpc")],
        };
        var result = ConfigurationOverlay.Apply(collected, managed, None, None);
        Assert.Equal("tf-vpc", Assert.Single(result.Configuration.Vpcs).Id);
        Assert.All(result.Configuration.Subnets, s => Assert.Equal("tf-vpc", s.VpcId));
        Assert.Equal("tf-acl", result.Configuration.Subnets.Single(s => s.Id == "a").NetworkAclId);
        Assert.Equal([ResourceKind.Vpc, ResourceKind.NetworkAcl], result.Changes.Select(c => c.Kind));
    }

    [Fact]
    public void Apply_ObservedObject_GivesWayToTheCollectedOne()
    {
        var result = ConfigurationOverlay.Apply(Collected(), VpcConfiguration.Empty with { NetworkAcls = [Acl("acl-a", "acl-a")] }, new HashSet<string> { "acl-a" }, None);
        Assert.NotEmpty(result.Configuration.NetworkAcls.Single(a => a.Id == "acl-a").Rules);
        Assert.Empty(result.Changes);
    }

    [Fact]
    public void Apply_DeletedObject_IsRemoved()
    {
        var result = ConfigurationOverlay.Apply(Collected(), VpcConfiguration.Empty, None, new HashSet<string> { "i-vm" });
        Assert.Empty(result.Configuration.Instances);
        var change = Assert.Single(result.Changes);
        Assert.Equal((OverlayAction.Removed, ResourceKind.Instance, "i-vm"), (change.Action, change.Kind, change.Id));
    }

    [Fact]
    public void Apply_NewObject_IsAdded_AndNothingIsReplaced()
    {
        var result = ConfigurationOverlay.Apply(Collected(), VpcConfiguration.Empty with { NetworkAcls = [Acl("acl-c", "acl-c")] }, None, None);
        Assert.Equal(["acl-a", "acl-b", "acl-c"], result.Configuration.NetworkAcls.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Empty(result.Changes);
    }
}
