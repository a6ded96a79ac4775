using CsCheck;
using Portcullis.Core.Addresses;
using Portcullis.Core.Analysis;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Tests.Analysis;

/// <summary>
/// The engine against <see cref="NaiveConnectivity"/> on random small VPCs: random ordered ACLs (allow and deny,
/// overlapping CIDRs, ports both ways), random groups (CIDR, address, local and group remotes), shared ACLs,
/// floating IPs and public gateways. Every endpoint pair and every external block must agree exactly.
/// </summary>
public sealed class ConnectivityAnalyzerPropertyTests
{
    [Fact]
    public void Evaluate_AgreesWithNaiveSemantics_OnRandomVpcs()
    {
        RandomVpcs.Scenarios.Sample(scenario =>
        {
            var (config, members) = RandomVpcs.Build(scenario);
            var topology = NetworkTopology.Build(config, TopologyFilter.None, new DiagnosticBag())!;
            var analyzer = new ConnectivityAnalyzer(topology);
            var naive = new NaiveConnectivity(config);
            var endpoints = topology.Endpoints.ToDictionary(e => e.Address);
            var report = analyzer.AnalyzeEndpoints().Sections.SelectMany(s => s.Lines)
                .Where(l => l.Source is Endpoint && l.Destination is Endpoint)
                .ToDictionary(l => (((Endpoint)l.Source).Address, ((Endpoint)l.Destination).Address));
            foreach (var a in members)
            {
                foreach (var b in members.Where(m => m.Address != a.Address))
                {
                    var expected = naive.Between(a, b);
                    var actual = analyzer.Evaluate(endpoints[a.Address], endpoints[b.Address]);
                    Assert.True(expected.Connection.Equals(actual.Connection), $"{a.Address} => {b.Address}: expected {expected.Connection}, got {actual.Connection}");
                    Assert.True(expected.Blocked.Equals(actual.ResponseBlocked), $"{a.Address} => {b.Address} replies: expected {expected.Blocked}, got {actual.ResponseBlocked}");
                    Assert.Equal(naive.Reply(a, b), analyzer.ReplyPath(endpoints[a.Address], endpoints[b.Address]));

                    // The report is computed on classes; it must say the same as the pair-by-pair answer.
                    var line = report.GetValueOrDefault((a.Address, b.Address));
                    Assert.Equal(expected.Connection, line?.Connection ?? ConnectionSet.None);
                    Assert.Equal(expected.Blocked, line?.ResponseBlocked ?? ConnectionSet.None);
                }

                foreach (var block in topology.Vpcs[0].ExternalBlocks)
                {
                    var service = block.Kind == ExternalKind.ServiceNetwork;
                    foreach (var address in new[] { block.First, block.Last })
                    {
                        // Every address of a block must get the block's answer.
                        var outExpected = naive.ToExternal(a, address, service);
                        var outActual = analyzer.Evaluate(endpoints[a.Address], block);
                        Assert.True(outExpected.Connection.Equals(outActual.Connection), $"{a.Address} => {address}: expected {outExpected.Connection}, got {outActual.Connection}");
                        Assert.Equal(outExpected.Blocked, outActual.ResponseBlocked);
                        Assert.Equal(naive.ReplyFrom(address, a), analyzer.ReplyPath(endpoints[a.Address], block));
                        var inExpected = naive.FromExternal(address, a, service);
                        var inActual = analyzer.Evaluate(block, endpoints[a.Address]);
                        Assert.True(inExpected.Connection.Equals(inActual.Connection), $"{address} => {a.Address}: expected {inExpected.Connection}, got {inActual.Connection}");
                        Assert.Equal(inExpected.Blocked, inActual.ResponseBlocked);
                        Assert.Equal(naive.ReplyTo(a, address), analyzer.ReplyPath(block, endpoints[a.Address]));
                    }
                }
            }
        }, iter: 300);
    }

    [Fact]
    public void EvaluateLayers_AgreeWithEvaluate_OnRandomVpcs()
    {
        RandomVpcs.Scenarios.Sample(scenario =>
        {
            var (config, _) = RandomVpcs.Build(scenario);
            var analyzer = new ConnectivityAnalyzer(NetworkTopology.Build(config, TopologyFilter.None, new DiagnosticBag())!);
            var endpoints = analyzer.Topology.Endpoints.ToList();
            foreach (var a in endpoints)
            {
                // The range form cuts exactly the requested addresses into disjoint segments.
                var wanted = IpAddressSet.Of(IpPrefix.Parse("10.0.0.0/22"), IpPrefix.Parse("161.26.0.0/16"));
                var segments = analyzer.EvaluateLayers(a, TrafficDirection.Outbound, wanted);
                Assert.Equal(wanted, segments.Aggregate(IpAddressSet.Empty, (all, s) => all.Union(s.Peers)));
                Assert.Equal(segments.Sum(s => s.Peers.Count), wanted.Count);

                foreach (var b in endpoints.Where(e => e != a))
                {
                    // Both sides' layers together are what the engine allows, and drop the same replies.
                    var pair = analyzer.EvaluateLayers(a, TrafficDirection.Outbound, b);
                    var (connection, blocked) = analyzer.Evaluate(a, b);
                    Assert.Equal(connection, pair.Allowed);
                    Assert.Equal(blocked, pair.BlockedReplies(pair.Allowed));

                    // The range form gives the local side of the same answer, for the peer's address.
                    var local = Assert.Single(analyzer.EvaluateLayers(a, TrafficDirection.Outbound, b.Addresses)).Layers;
                    Assert.Equal(pair.LocalGroups, local.LocalGroups);
                    Assert.Equal(pair.LocalAcl, local.LocalAcl);
                    Assert.Equal(pair.LocalReplies, local.LocalReplies);
                    var inbound = analyzer.EvaluateLayers(b, TrafficDirection.Inbound, a);
                    Assert.Equal(connection, inbound.Allowed);
                }
            }
        }, iter: 150);
    }
}
