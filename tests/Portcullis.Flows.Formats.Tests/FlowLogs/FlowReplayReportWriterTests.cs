using System.Text.Json;
using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;
using Portcullis.Flows.Classification;
using Portcullis.Flows.Formats.FlowLogs;
using Portcullis.Flows.Replay;
using Portcullis.Formats.Reports;
using Portcullis.Testing;

namespace Portcullis.Flows.Formats.Tests.FlowLogs;

/// <summary>How a replay report words its facts: endpoints, deciding rules (or their absence), rule citations, and the order of ties.</summary>
public sealed class FlowReplayReportWriterTests
{
    private static readonly ConnectionSet Ssh = ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 22, 22);

    // Subnet app 10.0.1.0/24 behind acl-app (inbound: deny ssh, then allow all; outbound: allow all); web (10.0.1.4)
    // in sg-web, which admits ssh only from the members of sg-many: ten instances at 10.0.1.10, .12, ... .28.
    private static ConfigBuilder Config()
    {
        var builder = new ConfigBuilder()
            .Subnet("app", "10.0.1.0/24")
            .AclRule("acl-app", AclAction.Deny, TrafficDirection.Inbound, "0.0.0.0/0", "0.0.0.0/0", Ssh, "deny-ssh")
            .AclRule("acl-app", AclAction.Allow, TrafficDirection.Inbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.All, "allow-in")
            .AclRule("acl-app", AclAction.Allow, TrafficDirection.Outbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.All, "allow-out")
            .GroupRuleFromGroup("sg-web", TrafficDirection.Inbound, "sg-many", Ssh)
            .Instance("web", "app", "10.0.1.4", "sg-web");
        for (var i = 0; i < 10; i++)
        {
            builder.Instance($"m{i}", "app", $"10.0.1.{10 + (2 * i)}", "sg-many");
        }

        return builder;
    }

    [Fact]
    public void WriteText_RequestTheAclNowDenies_NamesTheEndpointAndCitesTheRule()
    {
        var text = Write(Config(), ReportFormat.Txt, ("nic-web", Record("192.0.2.7", 40000, "10.0.1.4", 22, FlowAction.Accepted)));

        Assert.Contains("  web[10.0.1.4] inbound, request: 1 records\n", text, StringComparison.Ordinal);
        Assert.Contains("    dropped by network ACL acl-app: name: deny-ssh, priority: 1, action: deny, direction: inbound, source: 0.0.0.0/0, destination: 0.0.0.0/0, "
            + "protocol: tcp, srcPorts: 1-65535, dstPorts: 22-22\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteText_NoGroupRuleAllows_NamesEveryGroupOfTheVnic()
    {
        var config = Config().Instance("two", "app", "10.0.1.5", "sg-web", "sg-many");

        var text = Write(config, ReportFormat.Txt, ("nic-two", Record("10.0.1.99", 40000, "10.0.1.5", 8080, FlowAction.Accepted)));

        Assert.Contains("    dropped by security groups sg-web,sg-many: no rule allows it\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteText_GroupRemoteOfManyMembers_ListsEightBlocksAndCountsTheRest()
    {
        var text = Write(Config(), ReportFormat.Txt, ("nic-web", Record("10.0.1.10", 40000, "10.0.1.4", 22, FlowAction.Accepted)));

        // The members' addresses are not adjacent: ten /32 blocks, of which the citation lists the first eight.
        const string Remote = "sg-many (10.0.1.10/32,10.0.1.12/32,10.0.1.14/32,10.0.1.16/32,10.0.1.18/32,10.0.1.20/32,10.0.1.22/32,10.0.1.24/32, and 2 more)";
        Assert.Contains($"  security group sg-web inbound (1 records evaluated):\n               1  id: sg-web-r0, direction: inbound, local: 0.0.0.0/0, remote: {Remote}, protocol: tcp,  dstPorts: 22-22\n",
            text, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteText_ChangesOfEqualCounts_AreListedByWhatTheyPrint()
    {
        // zeta comes first in the configuration (and in the report's own order); the text lists alpha first.
        var config = new ConfigBuilder()
            .Subnet("app", "10.0.1.0/24")
            .AllowAll("acl-app")
            .Instance("zeta", "app", "10.0.1.4", "sg-none")
            .Instance("alpha", "app", "10.0.1.5", "sg-none");
        var engine = Engine(config);
        var tally = engine.CreateTally();
        engine.Replay("nic-zeta", [Record("10.0.1.9", 40000, "10.0.1.4", 22, FlowAction.Accepted)], tally);
        engine.Replay("nic-alpha", [Record("10.0.1.9", 40000, "10.0.1.5", 22, FlowAction.Accepted)], tally);
        var report = engine.Report(tally);
        Assert.Equal(["zeta", "alpha"], report.Changes.Select(c => c.Endpoint.Name));

        var text = Write(report, ReportFormat.Txt);

        Assert.True(text.IndexOf("alpha[10.0.1.5]", StringComparison.Ordinal) < text.IndexOf("zeta[10.0.1.4]", StringComparison.Ordinal), text);
    }

    [Fact]
    public void WriteJson_NoRuleMatched_IsANullRuleWithTheLayersName()
    {
        var json = Write(Config(), ReportFormat.Json, ("nic-web", Record("192.0.2.7", 40000, "10.0.1.4", 8080, FlowAction.Accepted)));

        using var document = JsonDocument.Parse(json);
        var change = Assert.Single(document.RootElement.GetProperty("changes").EnumerateArray().ToList());
        Assert.Equal("web[10.0.1.4]", change.GetProperty("endpoint").GetString());
        Assert.Equal("nic-web", change.GetProperty("interface_id").GetString());
        var decided = Assert.Single(change.GetProperty("decided_by").EnumerateArray().ToList());
        Assert.Equal(("security-group", "sg-web", JsonValueKind.Null), (decided.GetProperty("layer").GetString(), decided.GetProperty("name").GetString(), decided.GetProperty("rule").ValueKind));
    }

    [Fact]
    public void WriteCsv_NoRuleMatched_SaysSoInTheRuleColumn()
    {
        var csv = Write(Config(), ReportFormat.Csv, ("nic-web", Record("192.0.2.7", 40000, "10.0.1.4", 8080, FlowAction.Accepted)));

        Assert.Contains("change,now-rejected (request),web[10.0.1.4],nic-web,inbound,security group,sg-web,(no rule allows it),1,\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteText_UnknownInterfacesBeyondTheLimit_AreOneLineAmongTheIds()
    {
        var engine = Engine(Config());
        var tally = engine.CreateTally();
        var record = Record("192.0.2.7", 40000, "10.0.1.4", 22, FlowAction.Accepted);
        for (var i = 0; i < FlowReplayTally.UnknownIdLimit + 2; i++)
        {
            engine.Replay($"nic-{i:D4}", [record], tally);
        }

        var text = Write(engine.Report(tally), ReportFormat.Txt);

        // 1,000 ids with a record each, and the last two ids' records together: most records first.
        Assert.Contains("Unknown vNICs (records not decided): 1001 ids, 1,002 records\n  (other unknown vNICs): 2 records\n  nic-0000: 1 records\n", text, StringComparison.Ordinal);
        Assert.Contains("  ... 981 more (see --format json)\n", text, StringComparison.Ordinal);
    }

    private static FlowRecord Record(string initiator, int initiatorPort, string target, int targetPort, FlowAction action) =>
        new(FlowKey.Of(IpAddress.Parse(initiator), IpAddress.Parse(target), IpProtocols.Tcp, initiatorPort, targetPort), TrafficDirection.Inbound, action, TargetReplied: false);

    private static FlowReplayEngine Engine(ConfigBuilder config)
    {
        var diagnostics = new DiagnosticBag();
        var topology = NetworkTopology.Build(config.Build(), TopologyFilter.None, diagnostics);
        Assert.True(topology is not null, string.Join('\n', diagnostics.ToImmutable()));
        return FlowReplayEngine.Build(topology);
    }

    private static string Write(ConfigBuilder config, ReportFormat format, params (string Interface, FlowRecord Record)[] records)
    {
        var engine = Engine(config);
        var tally = engine.CreateTally();
        foreach (var (id, record) in records)
        {
            engine.Replay(id, [record], tally);
        }

        return Write(engine.Report(tally), format);
    }

    private static string Write(FlowReplayReport report, ReportFormat format)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        FlowReplayReportWriter.Write(report, format, writer);
        return writer.ToString();
    }
}
