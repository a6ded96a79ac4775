using Portcullis.Conformance.Facts;
using Portcullis.Conformance.Golden;

namespace Portcullis.Conformance.Tests.Golden;

/// <summary>Reading the analyzer's lint output into findings keyed by objects, and comparing them as sets.</summary>
public sealed class LintGoldenTests
{
    private static readonly string Bar = new('_', 200);

    // Shaped like the analyzer's output: sections joined by a bar, three findings shown, the rest counted.
    private static readonly string Golden =
        "\"Network ACL not applied to any resources\" issues:\n" + new string('~', 50) + "\n"
        + "In VPC \"vpc0\", network ACL \"spare-a\" has no resources attached to it\n"
        + "In VPC \"vpc1\", network ACL \"spare-b\" has no resources attached to it\n"
        + "In VPC \"vpc2\", network ACL \"spare-c\" has no resources attached to it\n"
        + "... (2 more)\n\n" + Bar + "\n\n"
        + "\"Network ACL rules shadowed by higher priority rules\" issues:\n" + new string('~', 61) + "\n"
        + "In VPC \"vpc0\", network ACL \"acl2\" rule is shadowed by higher priority rules\n"
        + "\tRule details: name: in-2, priority: 3, action: allow, direction: inbound, source: 10.240.1.0/24, destination: 10.240.2.0/24, protocol: all\n"
        + "\t\tShadowing rules:\n"
        + "\t\t\tname: in-0, priority: 1, action: deny, direction: inbound, source: 10.240.0.0/16, destination: 10.240.2.0/24, protocol: all\n"
        + "\t\t\tname: in-1, priority: 2, action: allow, direction: inbound, source: 0.0.0.0/0, destination: 10.240.2.0/24, protocol: all\n\n"
        + Bar + "\n\n"
        + "\"Security group rules implied by other rules\" issues:\n" + new string('~', 53) + "\n"
        + "In VPC \"vpc0\", security group \"sg3\" rule is implied by other rules\n"
        + "\tRule details: id: id:125, direction: outbound, local: 0.0.0.0/0, remote: sg2 (10.240.20.4/32,10.240.30.4/32), protocol: tcp,  dstPorts: 100-200\n"
        + "\t\tImplying rule: id: id:125, direction: outbound, local: 0.0.0.0/0, remote: 0.0.0.0/0, protocol: all\n\n"
        + Bar + "\n\n"
        + "\"Blocked TCP response\" issues:\n" + new string('~', 30) + "\n"
        + "In the connection from \"vpc0/db[10.240.30.6]\" to \"Service Network (all ranges)\" TCP src-ports: 1-99,221-65535; TCP src-ports: 100-220 dst-ports: 1-9,61-65535 response is blocked";

    private static readonly HashSet<string> None = [];

    [Fact]
    public void Parse_Golden_ReadsSectionsKeysAndHiddenCounts()
    {
        var sections = LintGolden.Parse(Golden);

        Assert.Equal(["nacl-rule-shadowed", "nacl-unattached", "sg-rule-implied", "tcp-response-blocked"], sections.Keys.Order());
        Assert.Equal((3, 2), (sections["nacl-unattached"].Shown.Count, sections["nacl-unattached"].Hidden));
        Assert.Equal("vpc1|spare-b", sections["nacl-unattached"].Shown[1].Key);
        var shadowed = Assert.Single(sections["nacl-rule-shadowed"].Shown);
        Assert.Equal("vpc0|acl2|acl-rule|in-2|inbound", shadowed.Key);
        Assert.Equal(["acl-rule|in-0|inbound", "acl-rule|in-1|inbound"], shadowed.Related.Order());
        var implied = Assert.Single(sections["sg-rule-implied"].Shown);
        Assert.Equal("vpc0|sg3|sg-rule|id:125|outbound|0.0.0.0/0|sg:sg2|tcp, dstports: 100-200", implied.Key);
        Assert.Equal(["sg-rule|id:125|outbound|0.0.0.0/0|0.0.0.0/0|all"], implied.Related);
        Assert.Equal(
            "vpc0/10.240.30.6 => ServiceNetwork:161.26.0.0/16,166.8.0.0/14 : protocol: TCP src-ports: 1-99,221-65535; protocol: TCP src-ports: 100-220 dst-ports: 1-9,61-65535",
            Assert.Single(sections["tcp-response-blocked"].Shown).Key);
    }

    private static List<LintFact> Matching() =>
    [
        .. new[] { "vpc0|spare-a", "vpc1|spare-b", "vpc2|spare-c", "vpc3|spare-d", "vpc4|spare-e" }.Select(k => new LintFact("nacl-unattached", k, None)),
        new LintFact("nacl-rule-shadowed", "vpc0|acl2|acl-rule|in-2|inbound", new HashSet<string> { "acl-rule|in-0|inbound", "acl-rule|in-1|inbound" }),
        new LintFact("sg-rule-implied", "vpc0|sg3|sg-rule|id:125|outbound|0.0.0.0/0|sg:sg2|tcp, dstports: 100-200", new HashSet<string> { "sg-rule|id:125|outbound|0.0.0.0/0|0.0.0.0/0|all" }),
        new LintFact("tcp-response-blocked", "vpc0/10.240.30.6 => ServiceNetwork:161.26.0.0/16,166.8.0.0/14 : protocol: TCP src-ports: 1-99,221-65535; protocol: TCP src-ports: 100-220 dst-ports: 1-9,61-65535", None),
    ];

    [Fact]
    public void FirstDifference_SameFindings_IsNull() => Assert.Null(LintGolden.FirstDifference(LintGolden.Parse(Golden), Matching()));

    [Fact]
    public void FirstDifference_HiddenFindingMissing_CountsDiffer()
    {
        var ours = Matching().Where(f => f.Key != "vpc4|spare-e").ToList();
        Assert.StartsWith("nacl-unattached: expected 5 findings (2 not shown), ours are 4", LintGolden.FirstDifference(LintGolden.Parse(Golden), ours), StringComparison.Ordinal);
    }

    [Fact]
    public void FirstDifference_ShownFindingReplaced_NamesIt()
    {
        var ours = Matching().Select(f => f.Key == "vpc1|spare-b" ? f with { Key = "vpc1|other" } : f).ToList();
        Assert.StartsWith("nacl-unattached: expected the finding vpc1|spare-b", LintGolden.FirstDifference(LintGolden.Parse(Golden), ours), StringComparison.Ordinal);
    }

    [Fact]
    public void FirstDifference_OtherShadowingRules_NamesThem()
    {
        var ours = Matching().Select(f => f.Linter == "nacl-rule-shadowed" ? f with { Related = new HashSet<string> { "acl-rule|in-0|inbound" } } : f).ToList();
        Assert.StartsWith("nacl-rule-shadowed: vpc0|acl2|acl-rule|in-2|inbound: expected rules", LintGolden.FirstDifference(LintGolden.Parse(Golden), ours), StringComparison.Ordinal);
    }

    [Fact]
    public void FirstDifference_ExtraLinterFinding_IsADifference()
    {
        List<LintFact> ours = [.. Matching(), new LintFact("subnet-cidr-overlap", "a & b", None)];
        Assert.StartsWith("subnet-cidr-overlap: expected 0 findings", LintGolden.FirstDifference(LintGolden.Parse(Golden), ours), StringComparison.Ordinal);
    }
}
