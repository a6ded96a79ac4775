using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Core.Topology;
using Portcullis.Flows.Classification;
using Portcullis.Flows.Replay;

namespace Portcullis.Flows.Tests.Replay;

/// <summary>Helpers to replay a few hand-written records against a configuration.</summary>
internal static class ReplayScenario
{
    public static FlowReplayEngine Engine(VpcConfiguration configuration)
    {
        var diagnostics = new DiagnosticBag();
        var topology = NetworkTopology.Build(configuration, TopologyFilter.None, diagnostics);
        Assert.True(topology is not null, string.Join('\n', diagnostics.ToImmutable()));
        return FlowReplayEngine.Build(topology);
    }

    public static FlowRecord Record(string initiator, int initiatorPort, string target, int targetPort, TrafficDirection direction, FlowAction action,
        bool replied = true, int protocol = 6) =>
        new(FlowKey.Of(IpAddress.Parse(initiator), IpAddress.Parse(target), protocol, initiatorPort, targetPort), direction, action, replied);

    public static FlowReplayReport ReplayRecords(FlowReplayEngine engine, string interfaceId, params FlowRecord[] records)
    {
        var tally = engine.CreateTally();
        tally.CountObject(skippedData: false);
        engine.Replay(interfaceId, records, tally);
        return engine.Report(tally);
    }
}
