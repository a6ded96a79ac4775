using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;
using Portcullis.Flows.Classification;
using Portcullis.Flows.Replay;

namespace Portcullis.Flows.Formats.FlowLogs;

/// <summary>
/// Generates realistic flow-log objects for a configuration, seeded: records of the configuration's own vNICs and
/// addresses, mostly accepted TCP 443/80 and UDP 53, traffic between the VPC's endpoints, to the internet and the
/// service network, and scans from the internet that the firewalls mostly reject. Each record is what the
/// configuration does: accepted when it lets the request through, with packets from the target only when it lets the
/// replies back too; so replaying the generated logs against the configuration they came from changes nothing.
/// </summary>
/// <remarks>Objects come one at a time (a 5-minute window of one vNIC each), so any volume is generated in flat memory.</remarks>
public sealed class FlowLogGenerator
{
    private static readonly int[] ServicePorts = [443, 443, 443, 80, 80, 8080, 5432, 6443, 22, 9090];
    private static readonly int[] ScanPorts = [22, 23, 3389, 445, 1433, 3306, 5900, 8080, 25, 111];
    private static readonly uint[] DnsServers = [0xA11A000A, 0xA11A000B]; // 161.26.0.10, 161.26.0.11

    private readonly Random _random;
    private readonly FlowReplayEngine _engine;
    private readonly ImmutableArray<Endpoint> _vnics;
    private readonly uint[] _publicPeers;

    /// <summary>The capture window of one object.</summary>
    public static TimeSpan Window { get; } = TimeSpan.FromMinutes(5);

    /// <summary>Prepares a generator for the topology's vNICs (instance interfaces and worker nodes).</summary>
    public FlowLogGenerator(NetworkTopology topology, int seed)
    {
        ArgumentNullException.ThrowIfNull(topology);
        _random = new Random(seed);
        _engine = FlowReplayEngine.Build(topology);
        _vnics = [.. topology.Endpoints.Where(e => e.Address.IsIPv4 && e.Kind is EndpointKind.NetworkInterface or EndpointKind.VirtualNetworkInterface or EndpointKind.IksWorker)];

        // A fixed population of internet peers (popular destinations are few; scanners are many and random).
        var publicSpace = ExternalAddressSpace.PublicInternet.Ranges.Select(r => (First: r.First.IPv4Value, Last: r.Last.IPv4Value)).ToArray();
        _publicPeers = [.. Enumerable.Range(0, 256).Select(_ => RandomPublic(publicSpace))];
        PublicSpace = publicSpace;
    }

    /// <summary>The vNICs records are generated for.</summary>
    public int Interfaces => _vnics.Length;

    private (uint First, uint Last)[] PublicSpace { get; }

    /// <summary>
    /// Objects holding <paramref name="records"/> records in all, <paramref name="recordsPerObject"/> each (the last
    /// may hold fewer), with their COS keys; windows of 5 minutes from <paramref name="start"/>, vNICs in turn.
    /// </summary>
    public IEnumerable<(string Key, FlowLogObject Object)> Generate(long records, int recordsPerObject, DateTimeOffset start, string account = "a1b2c3d4e5f60718293a4b5c6d7e8f90")
    {
        ArgumentOutOfRangeException.ThrowIfNegative(records);
        ArgumentOutOfRangeException.ThrowIfLessThan(recordsPerObject, 1);
        if (_vnics.IsEmpty)
        {
            yield break;
        }

        var window = Window;
        for (long made = 0, index = 0; made < records; index++)
        {
            var vnic = _vnics[(int)(index % _vnics.Length)];
            var windowStart = start + (window * (index / _vnics.Length));
            var count = (int)Math.Min(recordsPerObject, records - made);
            var entries = ImmutableArray.CreateBuilder<FlowLogEntry>(count);
            for (var i = 0; i < count; i++)
            {
                entries.Add(Entry(vnic, windowStart, window));
            }

            made += count;
            var vpc = vnic.Vpc.Vpc;
            var region = vpc.Region ?? "us-south";
            var flowLog = new FlowLogObject(
                "0.0.1",
                $"crn:v1:bluemix:public:is:{region}:a/{account}::flow-log-collector:r006-{vpc.Id}",
                vnic.Id,
                $"crn:v1:bluemix:public:is:{region}:a/{account}::instance:{vnic.OwnerId}",
                vpc.Crn,
                windowStart,
                windowStart + window,
                _random.NextDouble() < 0.002 ? FlowLogObject.SkipDataState : "ok",
                entries.MoveToImmutable());
            yield return (FlowLogObjectKey.Of(account, region, vpc.Id, vnic.Subnet.Subnet.Id, vnic.OwnerId, vnic.Id, windowStart, 1), flowLog);
        }
    }

    /// <summary>Writes the objects of <see cref="Generate"/> under <paramref name="directory"/> in the COS key layout; returns files and records written.</summary>
    /// <param name="directory">Where to write.</param>
    /// <param name="records">Records to write in all.</param>
    /// <param name="recordsPerObject">Records per object.</param>
    /// <param name="start">The first capture window's start.</param>
    /// <param name="cancellationToken">Stops between objects (those written stay).</param>
    public (long Files, long Records) WriteTree(string directory, long records, int recordsPerObject, DateTimeOffset start, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(directory);
        long files = 0, written = 0;
        foreach (var (key, flowLog) in Generate(records, recordsPerObject, start))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = Path.Combine(directory, key);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                FlowLogWriter.Write(file, flowLog);
            }

            files++;
            written += flowLog.FlowLogs.Length;
        }

        return (files, written);
    }

    private FlowLogEntry Entry(Endpoint vnic, DateTimeOffset windowStart, TimeSpan window)
    {
        var local = vnic.Address.IPv4Value;
        var ephemeral = _random.Next(32768, 61000);
        var pick = _random.NextDouble();
        var (direction, protocol, initiator, target, targetPort) = pick switch
        {
            < 0.40 => (TrafficDirection.Outbound, IpProtocols.Tcp, local, Peer(vnic), ServicePort()),
            < 0.50 => (TrafficDirection.Outbound, IpProtocols.Udp, local, DnsServers[_random.Next(DnsServers.Length)], 53),
            < 0.65 => (TrafficDirection.Outbound, IpProtocols.Tcp, local, _publicPeers[_random.Next(_publicPeers.Length)], _random.NextDouble() < 0.8 ? 443 : 80),
            < 0.90 => (TrafficDirection.Inbound, IpProtocols.Tcp, Peer(vnic), local, ServicePort()),
            _ => (TrafficDirection.Inbound, IpProtocols.Tcp, RandomPublic(PublicSpace), local, _random.NextDouble() < 0.8 ? ScanPorts[_random.Next(ScanPorts.Length)] : _random.Next(1, 65536)),
        };
        var connection = new FlowKey(initiator, target, (byte)protocol, (ushort)ephemeral, (ushort)targetPort);
        var accepted = _engine.Allows(vnic.Id, direction, connection, out var repliesAllowed) == true;
        var replied = accepted && repliesAllowed;
        var begin = windowStart + TimeSpan.FromSeconds(_random.Next(0, (int)window.TotalSeconds - 1));
        var end = begin + TimeSpan.FromSeconds(_random.Next(0, (int)(windowStart + window - begin).TotalSeconds));
        var sent = (ulong)_random.Next(1, accepted ? 60 : 4);
        var received = replied ? (ulong)_random.Next(1, 80) : 0;
        var initiated = _random.NextDouble() < 0.7;
        var earlier = initiated ? 0UL : (ulong)_random.Next(1, 500);
        return new FlowLogEntry(
            begin, end, initiated ? begin : begin - TimeSpan.FromMinutes(_random.Next(5, 120)),
            direction, accepted ? FlowAction.Accepted : FlowAction.Rejected,
            IpAddress.FromIPv4(initiator), IpAddress.FromIPv4(target), ephemeral, targetPort, protocol,
            initiated, _random.NextDouble() < 0.6,
            sent * 120, sent, received * 900, received,
            (sent + earlier) * 120, sent + earlier, (received + (replied ? earlier : 0)) * 900, received + (replied ? earlier : 0));
    }

    private int ServicePort() => _random.NextDouble() < 0.1 ? _random.Next(30000, 32768) : ServicePorts[_random.Next(ServicePorts.Length)];

    // Another endpoint of the same VPC (a load balancer or VPE address too), or the vNIC's own subnet neighbour.
    private uint Peer(Endpoint vnic)
    {
        var endpoints = vnic.Vpc.Endpoints;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var peer = endpoints[_random.Next(endpoints.Length)];
            if (peer != vnic && peer.Address.IsIPv4)
            {
                return peer.Address.IPv4Value;
            }
        }

        return vnic.Subnet.Subnet.Cidr.First.IPv4Value + 4;
    }

    private uint RandomPublic((uint First, uint Last)[] space)
    {
        while (true)
        {
            var candidate = (uint)_random.NextInt64(0x01000000, 0xE0000000);
            foreach (var (first, last) in space)
            {
                if (candidate >= first && candidate <= last)
                {
                    return candidate;
                }
            }
        }
    }
}
