using System.Text.Json;
using Portcullis.Core.Lint;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Formats.Lint;
using Portcullis.Testing;

namespace Portcullis.Formats.Tests.Lint;

/// <summary>Text and JSON lint output: sections, truncation, summary; every finding in JSON.</summary>
public sealed class LintTextWriterTests
{
    // One network interface in six groups (an error) and four unused ACLs (notes).
    private static LintReport Report() => LintReports.Run(
        new ConfigBuilder().Subnet("s1", "10.0.0.0/24", acl: "acl")
            .Acl("spare-1").Acl("spare-2").Acl("spare-3").Acl("spare-4")
            .Instance("six", "s1", "10.0.0.4", "g1", "g2", "g3", "g4", "g5", "g6"),
        "nacl-unattached",
        "interface-sg-quota");

    private static string Text(LintReport report, bool printAll)
    {
        using var writer = new StringWriter();
        LintTextWriter.Write(report, writer, printAll);
        return writer.ToString();
    }

    [Fact]
    public void Write_MoreThanThreeFindings_ShowsThreeAndCountsTheRest_MostSevereSectionFirst()
    {
        var text = Text(Report(), printAll: false);

        Assert.Equal(
            "interface-sg-quota: Security groups per interface\n"
            + "  error: In VPC \"test-vpc\", network interface \"six[10.0.0.4]\" is in 6 security groups (\"g1\", \"g2\", \"g3\", \"g4\", \"g5\", \"g6\"); the limit is 5 per target\n\n"
            + "nacl-unattached: Network ACLs not applied to any subnet\n"
            + "  note: In VPC \"test-vpc\", network ACL \"spare-1\" has no resources attached to it\n"
            + "  note: In VPC \"test-vpc\", network ACL \"spare-2\" has no resources attached to it\n"
            + "  note: In VPC \"test-vpc\", network ACL \"spare-3\" has no resources attached to it\n"
            + "  ... 1 more (--print-all shows them)\n\n"
            + "1 error, 0 warnings, 4 notes from 2 linters; 1 not shown\n",
            text);
    }

    [Fact]
    public void Write_PrintAll_ShowsEveryFinding()
    {
        var text = Text(Report(), printAll: true);
        Assert.Contains("  note: In VPC \"test-vpc\", network ACL \"spare-4\" has no resources attached to it\n", text, StringComparison.Ordinal);
        Assert.EndsWith("1 error, 0 warnings, 4 notes from 2 linters\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_FindingWithDetails_IndentsThemUnderIt()
    {
        var ssh = ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 22, 22);
        var report = LintReports.Run(new ConfigBuilder().Subnet("s1", "10.0.0.0/24", acl: "acl")
            .AclRule("acl", AclAction.Allow, TrafficDirection.Inbound, "145.40.0.0/16", "0.0.0.0/0", ssh, "corporate")
            .AclRule("acl", AclAction.Allow, TrafficDirection.Inbound, "145.40.12.0/24", "0.0.0.0/0", ssh, "admins"), "nacl-rule-shadowed");

        Assert.Contains(
            ": it is redundant\n"
            + "      rule: name: admins, priority: 2, action: allow, direction: inbound, source: 145.40.12.0/24, destination: 0.0.0.0/0, protocol: tcp, srcPorts: 1-65535, dstPorts: 22-22\n"
            + "      shadowed by: name: corporate, priority: 1, action: allow, direction: inbound, source: 145.40.0.0/16, destination: 0.0.0.0/0, protocol: tcp, srcPorts: 1-65535, dstPorts: 22-22\n\n",
            Text(report, printAll: false),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NoFindings_SaysSo() =>
        Assert.Equal("No findings from 1 linter\n", Text(new LintReport([LinterRegistry.Find("nacl-rule-shadowed")!], []), printAll: false));

    [Fact]
    public void JsonWriter_HoldsEveryFindingAndTheSummary()
    {
        using var writer = new StringWriter();
        LintJsonWriter.Write(Report(), writer);
        var json = JsonDocument.Parse(writer.ToString()).RootElement;

        Assert.Equal(5, json.GetProperty("findings").GetArrayLength());
        Assert.Equal(1, json.GetProperty("summary").GetProperty("error").GetInt32());
        Assert.Equal(4, json.GetProperty("summary").GetProperty("note").GetInt32());
        Assert.Equal(["nacl-unattached", "interface-sg-quota"], json.GetProperty("linters").EnumerateArray().Select(l => l.GetProperty("name").GetString()));
        var error = json.GetProperty("findings")[0];
        Assert.Equal("error", error.GetProperty("severity").GetString());
        Assert.Empty(error.GetProperty("details").EnumerateArray());
        var subject = error.GetProperty("subjects")[0];
        Assert.Equal(("endpoint", "six[10.0.0.4]", "test-vpc", "10.0.0.4/32"), (subject.GetProperty("kind").GetString(), subject.GetProperty("name").GetString(), subject.GetProperty("vpc").GetString(), subject.GetProperty("addresses").GetString()));
        Assert.Equal(6, error.GetProperty("related").GetArrayLength());
        Assert.Equal("In VPC \"test-vpc\", network ACL \"spare-1\" has no resources attached to it", json.GetProperty("findings")[1].GetProperty("message").GetString());
    }

    [Fact]
    public void JsonWriter_Rule_HasItsTableAndCitation()
    {
        var ssh = ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 22, 22);
        var report = LintReports.Run(new ConfigBuilder().Subnet("s1", "10.0.0.0/24", acl: "acl")
            .AclRule("acl", AclAction.Allow, TrafficDirection.Inbound, "145.40.0.0/16", "0.0.0.0/0", ssh, "corporate")
            .AclRule("acl", AclAction.Allow, TrafficDirection.Inbound, "145.40.12.0/24", "0.0.0.0/0", ssh, "admins"), "nacl-rule-shadowed");
        using var writer = new StringWriter();
        LintJsonWriter.Write(report, writer);
        var finding = JsonDocument.Parse(writer.ToString()).RootElement.GetProperty("findings")[0];

        var rule = finding.GetProperty("subjects")[0];
        Assert.Equal(("network-acl-rule", "admins", "acl"), (rule.GetProperty("kind").GetString(), rule.GetProperty("name").GetString(), rule.GetProperty("table").GetString()));
        Assert.StartsWith("name: admins, priority: 2, action: allow", rule.GetProperty("rule").GetString(), StringComparison.Ordinal);
        Assert.Equal("corporate", finding.GetProperty("related")[0].GetProperty("name").GetString());
        Assert.Equal(2, finding.GetProperty("details").GetArrayLength());
    }
}
