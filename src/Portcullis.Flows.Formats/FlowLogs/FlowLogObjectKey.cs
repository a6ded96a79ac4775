using System.Globalization;

namespace Portcullis.Flows.Formats.FlowLogs;

/// <summary>
/// The Cloud Object Storage key of a flow-log object:
/// <c>ibm_vpc_flowlogs_v1/account=…/region=…/vpc-id=…/subnet-id=…/endpoint-type=vnics/instance-id=…/vnic-id=…/record-type=all/year=…/month=…/day=…/hour=…/stream-id=yyyymmddThhmmssZ/00000001.gz</c>.
/// </summary>
public static class FlowLogObjectKey
{
    /// <summary>The key of an object; <paramref name="streamStart"/> names the stream (UTC), <paramref name="sequence"/> numbers objects within it.</summary>
    public static string Of(string account, string region, string vpcId, string subnetId, string instanceId, string vnicId, DateTimeOffset streamStart, int sequence)
    {
        var utc = streamStart.UtcDateTime;
        return string.Create(CultureInfo.InvariantCulture,
            $"ibm_vpc_flowlogs_v1/account={account}/region={region}/vpc-id={vpcId}/subnet-id={subnetId}/endpoint-type=vnics/instance-id={instanceId}/vnic-id={vnicId}/record-type=all/year={utc:yyyy}/month={utc:MM}/day={utc:dd}/hour={utc:HH}/stream-id={utc:yyyyMMdd'T'HHmmss'Z'}/{sequence:D8}.gz");
    }
}
