using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using Portcullis.Core.Addresses;
using Portcullis.Core.Model;
using Portcullis.Flows.Formats.FlowLogs;
using Portcullis.Flows.Replay;

namespace Portcullis.Flows.Formats.Tests.FlowLogs;

/// <summary>Flow-log objects for tests, as objects and as the bytes a collector would store.</summary>
internal static class FlowLogSamples
{
    public static readonly DateTimeOffset Start = new(2025, 1, 6, 10, 0, 0, TimeSpan.Zero);

    public static FlowLogEntry Entry(string initiator, int initiatorPort, string target, int targetPort, TrafficDirection direction, FlowAction action,
        int protocol = 6, ulong fromTarget = 3) =>
        new(Start, Start.AddMinutes(1), Start, direction, action, IpAddress.Parse(initiator), IpAddress.Parse(target), initiatorPort, targetPort, protocol,
            true, false, 100, 2, fromTarget * 100, fromTarget, 100, 2, fromTarget * 100, fromTarget);

    public static FlowLogObject Object(string vnic, params FlowLogEntry[] entries) =>
        new("0.0.1", "crn:v1:bluemix:public:is:us-south:a/123::flow-log-collector:r006-1", vnic, "crn:v1:bluemix:public:is:us-south:a/123::instance:0717-1",
            "crn:v1:bluemix:public:is:us-south:a/123::vpc:r006-1", Start, Start.AddMinutes(5), "ok", [.. entries]);

    public static byte[] Gzip(FlowLogObject flowLog)
    {
        var stream = new MemoryStream();
        FlowLogWriter.Write(stream, flowLog);
        return stream.ToArray();
    }

    public static byte[] Gzip(string json)
    {
        var stream = new MemoryStream();
        using (var gzip = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(json));
        }

        return stream.ToArray();
    }

    public static ImmutableArray<FlowLogEntry> Many(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Entry($"10.0.{i / 250}.{(i % 250) + 1}", 30000 + (i % 30000), "10.1.0.4", 443, TrafficDirection.Inbound,
            i % 3 == 0 ? FlowAction.Rejected : FlowAction.Accepted, i % 2 == 0 ? 6 : 17, (ulong)(i % 4)))];
}
