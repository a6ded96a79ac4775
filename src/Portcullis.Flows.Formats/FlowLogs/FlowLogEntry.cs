using Portcullis.Core.Addresses;
using Portcullis.Core.Model;
using Portcullis.Flows.Replay;

namespace Portcullis.Flows.Formats.FlowLogs;

/// <summary>One element of a flow-log object's <c>flow_logs</c> array, every documented field.</summary>
/// <param name="StartTime">First byte of this record's window.</param>
/// <param name="EndTime">Last byte of this record's window.</param>
/// <param name="ConnectionStartTime">First byte of the connection.</param>
/// <param name="Direction"><c>I</c> (inbound) or <c>O</c> (outbound): which way the connection's first packet crossed the vNIC.</param>
/// <param name="Action">Accepted or rejected.</param>
/// <param name="InitiatorIp">Source of the connection's first packet.</param>
/// <param name="TargetIp">Destination of the connection's first packet.</param>
/// <param name="InitiatorPort">Its source port.</param>
/// <param name="TargetPort">Its destination port.</param>
/// <param name="TransportProtocol">6 (TCP) or 17 (UDP).</param>
/// <param name="WasInitiated">Whether the connection started in this window.</param>
/// <param name="WasTerminated">Whether it ended in this window.</param>
/// <param name="BytesFromInitiator">Bytes from the initiator in this window.</param>
/// <param name="PacketsFromInitiator">Packets from the initiator in this window.</param>
/// <param name="BytesFromTarget">Bytes from the target in this window.</param>
/// <param name="PacketsFromTarget">Packets from the target in this window.</param>
/// <param name="CumulativeBytesFromInitiator">Bytes from the initiator since the connection began.</param>
/// <param name="CumulativePacketsFromInitiator">Packets from the initiator since the connection began.</param>
/// <param name="CumulativeBytesFromTarget">Bytes from the target since the connection began.</param>
/// <param name="CumulativePacketsFromTarget">Packets from the target since the connection began.</param>
public sealed record FlowLogEntry(
    DateTimeOffset StartTime,
    DateTimeOffset EndTime,
    DateTimeOffset ConnectionStartTime,
    TrafficDirection Direction,
    FlowAction Action,
    IpAddress InitiatorIp,
    IpAddress TargetIp,
    int InitiatorPort,
    int TargetPort,
    int TransportProtocol,
    bool WasInitiated,
    bool WasTerminated,
    ulong BytesFromInitiator,
    ulong PacketsFromInitiator,
    ulong BytesFromTarget,
    ulong PacketsFromTarget,
    ulong CumulativeBytesFromInitiator,
    ulong CumulativePacketsFromInitiator,
    ulong CumulativeBytesFromTarget,
    ulong CumulativePacketsFromTarget);
