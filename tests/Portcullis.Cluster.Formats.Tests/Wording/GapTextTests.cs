using Portcullis.Cluster.Formats.Wording;
using static Portcullis.Cluster.Formats.Tests.Wording.WordingFixture;

namespace Portcullis.Cluster.Formats.Tests.Wording;

public sealed class GapTextTests
{
    private const string DenySsh =
        "name: deny-ssh, priority: 1, action: deny, direction: inbound, source: 0.0.0.0/0, destination: 0.0.0.0/0, protocol: tcp, srcPorts: 1-65535, dstPorts: 22-22";

    [Fact]
    public void Short_AclWithADenyRule_NamesTheRuleWithItsDirectionAndPriority() =>
        Assert.Equal("network ACL acl-1: deny-ssh (inbound #1)", GapText.Short(AclGap()));

    [Fact]
    public void Full_AclWithADenyRule_CitesTheRuleInFull() =>
        Assert.Equal($"network ACL acl-1: {DenySsh}", GapText.Full(AclGap()));

    [Fact]
    public void Short_RepliesTheAclDenies_SaysRepliesAndTheImplicitDeny() =>
        Assert.Equal("replies: network ACL acl-1: no outbound rule (implicit deny)", GapText.Short(ReplyGap()));

    [Fact]
    public void Full_RepliesTheAclDenies_SaysTcpRepliesAndThatNoRuleAllowsThem() =>
        Assert.Equal("TCP replies: network ACL acl-1 (outbound): no rule allows it (implicit deny)", GapText.Full(ReplyGap()));

    [Fact]
    public void Short_Groups_NamesEveryGroupOfTheEndpoint() =>
        Assert.Equal("security group sg-1, sg-2: no inbound rule", GapText.Short(GroupGap(Worker)));

    [Fact]
    public void Full_Groups_NamesTheGroupsAndTheEndpoint() =>
        Assert.Equal("security group sg-1, sg-2 of w1[10.10.0.4]: no inbound rule allows it", GapText.Full(GroupGap(Worker)));

    [Fact]
    public void Short_EndpointWithoutGroups_SaysSo() =>
        Assert.Equal("bare[10.10.0.5] has no security group", GapText.Short(GroupGap(Bare)));

    [Fact]
    public void Full_EndpointWithoutGroups_SaysNoGroupAllowsIt() =>
        Assert.Equal("no security group of bare[10.10.0.5]: no inbound rule allows it", GapText.Full(GroupGap(Bare)));
}
