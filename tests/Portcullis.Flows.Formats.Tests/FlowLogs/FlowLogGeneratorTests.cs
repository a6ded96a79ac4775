using System.Text.RegularExpressions;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;
using Portcullis.Flows.Formats.FlowLogs;
using Portcullis.Flows.Replay;
using Portcullis.Formats.IbmVpc;
using Portcullis.Testing;

namespace Portcullis.Flows.Formats.Tests.FlowLogs;

public sealed partial class FlowLogGeneratorTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 6, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Generate_SameSeed_SameObjects()
    {
        var topology = Iks();
        var first = Serialize(new FlowLogGenerator(topology, seed: 3).Generate(2_000, 250, Start));
        var again = Serialize(new FlowLogGenerator(topology, seed: 3).Generate(2_000, 250, Start));
        var other = Serialize(new FlowLogGenerator(topology, seed: 4).Generate(2_000, 250, Start));

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Generate_IksExample_RecordsOfRealVnicsInTheCosLayoutWithARealisticMix()
    {
        var topology = Iks();
        var endpoints = topology.Endpoints.ToDictionary(e => e.Id);
        var objects = new FlowLogGenerator(topology, seed: 1).Generate(10_000, 500, Start).ToList();

        Assert.Equal(20, objects.Count);
        Assert.Equal(10_000, objects.Sum(o => o.Object.FlowLogs.Length));
        var entries = objects.SelectMany(o => o.Object.FlowLogs.Select(e => (o.Key, o.Object, Entry: e))).ToList();
        foreach (var (key, flowLog, entry) in entries)
        {
            Assert.Matches(CosKey(), key);
            Assert.Contains($"/vnic-id={flowLog.NetworkInterfaceId}/", key, StringComparison.Ordinal);
            var vnic = endpoints[flowLog.NetworkInterfaceId];
            Assert.Equal(vnic.Address, entry.Direction == TrafficDirection.Outbound ? entry.InitiatorIp : entry.TargetIp);
            Assert.InRange(entry.StartTime, flowLog.CaptureStartTime, flowLog.CaptureEndTime);
        }

        // Mostly accepted, TCP and UDP only, mostly https/http/dns, and some rejected scans.
        var accepted = entries.Count(e => e.Entry.Action == FlowAction.Accepted) / (double)entries.Count;
        Assert.InRange(accepted, 0.5, 0.95);
        Assert.All(entries, e => Assert.Contains(e.Entry.TransportProtocol, new[] { IpProtocols.Tcp, IpProtocols.Udp }));
        Assert.True(entries.Count(e => e.Entry.TargetPort is 443 or 80 or 53) > entries.Count / 2);
        Assert.Contains(entries, e => e.Entry.Action == FlowAction.Rejected && e.Entry.Direction == TrafficDirection.Inbound && !e.Entry.InitiatorIp.ToString().StartsWith("10.", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_ReplayedAgainstItsConfiguration_ChangesNothing()
    {
        // Each action is the configuration's own decision, so the replay must find no change and no unknown vNIC.
        var topology = Iks();
        var engine = FlowReplayEngine.Build(topology);
        var tally = engine.CreateTally();
        var reader = new FlowLogReader();
        foreach (var (key, flowLog) in new FlowLogGenerator(topology, seed: 9).Generate(5_000, 500, Start))
        {
            var stream = new MemoryStream();
            FlowLogWriter.Write(stream, flowLog);
            stream.Position = 0;
            Assert.True(reader.TryRead(stream, key, new DiagnosticBag()));
            engine.Replay(reader.Header!.NetworkInterfaceId, reader.Records, tally);
        }

        var report = engine.Report(tally);
        Assert.Equal((5_000L, 5_000L), (report.Records, report.Evaluated));
        Assert.Empty(report.Changes);
        Assert.Empty(report.UnknownInterfaces);
        Assert.Equal(0, report.AddressMismatches);
    }

    private static NetworkTopology Iks()
    {
        var diagnostics = new DiagnosticBag();
        Assert.True(IbmVpcConfigReader.TryReadFile(RepositoryPaths.IksExample, diagnostics, out var configuration));
        return NetworkTopology.Build(configuration, TopologyFilter.None, diagnostics)!;
    }

    private static List<(string, string)> Serialize(IEnumerable<(string Key, FlowLogObject Object)> objects) =>
        [.. objects.Select(o =>
        {
            var stream = new MemoryStream();
            FlowLogWriter.WriteJson(stream, o.Object);
            return (o.Key, System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        })];

    [GeneratedRegex(@"^ibm_vpc_flowlogs_v1/account=[0-9a-f]+/region=[a-z0-9-]+/vpc-id=[^/]+/subnet-id=[^/]+/endpoint-type=vnics/instance-id=[^/]+/vnic-id=[^/]+/record-type=all/year=\d{4}/month=\d{2}/day=\d{2}/hour=\d{2}/stream-id=\d{8}T\d{6}Z/\d{8}\.gz$")]
    private static partial Regex CosKey();
}
