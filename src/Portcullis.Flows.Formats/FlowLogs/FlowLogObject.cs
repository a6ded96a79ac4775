using System.Collections.Immutable;

namespace Portcullis.Flows.Formats.FlowLogs;

/// <summary>One flow-log object as a collector writes it to Cloud Object Storage (one gzip-compressed JSON object per key).</summary>
/// <param name="Version">The format version, <c>0.0.1</c>.</param>
/// <param name="CollectorCrn">The flow-log collector's CRN.</param>
/// <param name="NetworkInterfaceId">The vNIC whose traffic the records describe.</param>
/// <param name="InstanceCrn">The instance the vNIC belongs to.</param>
/// <param name="VpcCrn">The VPC's CRN.</param>
/// <param name="CaptureStartTime">Start of the capture window.</param>
/// <param name="CaptureEndTime">End of the capture window.</param>
/// <param name="State"><c>ok</c>, or <c>skip data</c> when the collector lost data.</param>
/// <param name="FlowLogs">The records.</param>
public sealed record FlowLogObject(
    string Version,
    string CollectorCrn,
    string NetworkInterfaceId,
    string InstanceCrn,
    string VpcCrn,
    DateTimeOffset CaptureStartTime,
    DateTimeOffset CaptureEndTime,
    string State,
    ImmutableArray<FlowLogEntry> FlowLogs)
{
    /// <summary>The value of <c>attached_endpoint_type</c> for vNIC collectors.</summary>
    public const string VnicEndpointType = "vnic";

    /// <summary>The <c>state</c> of an object whose capture lost data.</summary>
    public const string SkipDataState = "skip data";
}
