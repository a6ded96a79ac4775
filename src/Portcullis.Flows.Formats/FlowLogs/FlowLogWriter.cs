using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Portcullis.Core.Model;
using Portcullis.Flows.Replay;

namespace Portcullis.Flows.Formats.FlowLogs;

/// <summary>Writes flow-log objects as the collector does: one JSON object, gzip-compressed.</summary>
public static class FlowLogWriter
{
    /// <summary>Writes <paramref name="flowLog"/> gzip-compressed to <paramref name="stream"/> (left open).</summary>
    public static void Write(Stream stream, FlowLogObject flowLog, CompressionLevel level = CompressionLevel.Fastest)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(flowLog);
        using var gzip = new GZipStream(stream, level, leaveOpen: true);
        WriteJson(gzip, flowLog);
    }

    /// <summary>Writes <paramref name="flowLog"/> as plain JSON.</summary>
    public static void WriteJson(Stream stream, FlowLogObject flowLog)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(flowLog);
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteString("version", flowLog.Version);
        json.WriteString("collector_crn", flowLog.CollectorCrn);
        json.WriteString("attached_endpoint_type", FlowLogObject.VnicEndpointType);
        json.WriteString("network_interface_id", flowLog.NetworkInterfaceId);
        json.WriteString("instance_crn", flowLog.InstanceCrn);
        json.WriteString("vpc_crn", flowLog.VpcCrn);
        json.WriteString("capture_start_time", Time(flowLog.CaptureStartTime));
        json.WriteString("capture_end_time", Time(flowLog.CaptureEndTime));
        json.WriteString("state", flowLog.State);
        json.WriteNumber("number_of_flow_logs", flowLog.FlowLogs.Length);
        json.WriteStartArray("flow_logs");
        foreach (var entry in flowLog.FlowLogs)
        {
            json.WriteStartObject();
            json.WriteString("start_time", Time(entry.StartTime));
            json.WriteString("end_time", Time(entry.EndTime));
            json.WriteString("connection_start_time", Time(entry.ConnectionStartTime));
            json.WriteString("direction", entry.Direction == TrafficDirection.Inbound ? "I" : "O");
            json.WriteString("action", entry.Action == FlowAction.Accepted ? "accepted" : "rejected");
            json.WriteString("initiator_ip", entry.InitiatorIp.ToString());
            json.WriteString("target_ip", entry.TargetIp.ToString());
            json.WriteNumber("initiator_port", entry.InitiatorPort);
            json.WriteNumber("target_port", entry.TargetPort);
            json.WriteNumber("transport_protocol", entry.TransportProtocol);
            json.WriteString("ether_type", entry.InitiatorIp.IsIPv4 ? "IPv4" : "IPv6");
            json.WriteBoolean("was_initiated", entry.WasInitiated);
            json.WriteBoolean("was_terminated", entry.WasTerminated);
            json.WriteNumber("bytes_from_initiator", entry.BytesFromInitiator);
            json.WriteNumber("packets_from_initiator", entry.PacketsFromInitiator);
            json.WriteNumber("bytes_from_target", entry.BytesFromTarget);
            json.WriteNumber("packets_from_target", entry.PacketsFromTarget);
            json.WriteNumber("cumulative_bytes_from_initiator", entry.CumulativeBytesFromInitiator);
            json.WriteNumber("cumulative_packets_from_initiator", entry.CumulativePacketsFromInitiator);
            json.WriteNumber("cumulative_bytes_from_target", entry.CumulativeBytesFromTarget);
            json.WriteNumber("cumulative_packets_from_target", entry.CumulativePacketsFromTarget);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
