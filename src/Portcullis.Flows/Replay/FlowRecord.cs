using System.Runtime.InteropServices;
using Portcullis.Core.Model;
using Portcullis.Flows.Classification;

namespace Portcullis.Flows.Replay;

/// <summary>
/// One flow-log record as the replay needs it: the connection's first packet as the vNIC saw it (initiator to
/// target), which way it crossed the vNIC, what the cloud did, and whether the target answered.
/// </summary>
/// <remarks><c>default</c> is an accepted inbound record of the all-zero header; readers never produce it.</remarks>
/// <param name="Connection">Initiator address and port to target address and port, with the protocol.</param>
/// <param name="Direction">
/// <see cref="TrafficDirection.Outbound"/> when the vNIC sent the first packet (<c>O</c>),
/// <see cref="TrafficDirection.Inbound"/> when it received it (<c>I</c>).
/// </param>
/// <param name="Action">Accepted or rejected.</param>
/// <param name="TargetReplied">Whether the record counts packets from the target, so replies crossed the path.</param>
[StructLayout(LayoutKind.Auto)]
public readonly record struct FlowRecord(FlowKey Connection, TrafficDirection Direction, FlowAction Action, bool TargetReplied);
