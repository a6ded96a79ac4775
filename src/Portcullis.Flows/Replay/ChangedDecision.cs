using System.Collections.Immutable;
using Portcullis.Core.Model;
using Portcullis.Core.Topology;
using Portcullis.Flows.Classification;

namespace Portcullis.Flows.Replay;

/// <summary>Recorded connections at one vNIC that the configuration under test decides differently, grouped by the rule that decides them now.</summary>
/// <param name="Kind">Now rejected, or now accepted.</param>
/// <param name="Cause">Whether the request or the replies change.</param>
/// <param name="Endpoint">The vNIC's endpoint.</param>
/// <param name="Direction">The records' direction at the vNIC.</param>
/// <param name="DecidedBy">The rules that decide now: for a rejection, the blocking layer's rule (or its absence); for an acceptance, the allowing rules of every layer on the path.</param>
/// <param name="Records">How many records.</param>
/// <param name="Examples">A few of the connections (initiator to target), the first ones met.</param>
public sealed record ChangedDecision(
    ChangeKind Kind,
    ChangeCause Cause,
    Endpoint Endpoint,
    TrafficDirection Direction,
    ImmutableArray<DecidingRule> DecidedBy,
    long Records,
    ImmutableArray<FlowKey> Examples)
{
    /// <summary>The vNIC's id, as in the flow logs.</summary>
    public string InterfaceId => Endpoint.Id;
}
