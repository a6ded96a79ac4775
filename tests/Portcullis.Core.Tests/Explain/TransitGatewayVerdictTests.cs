using System.Collections.Immutable;
using CsCheck;
using Portcullis.Core.Addresses;
using Portcullis.Core.Analysis;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Explain;
using Portcullis.Core.Model;
using Portcullis.Core.Topology;
using Portcullis.Testing;

namespace Portcullis.Core.Tests.Explain;

/// <summary>
/// An explanation through a transit gateway cites, as facts, the transit connection and the prefix filter that decide
/// the route (its index in the connection's filters), or the connection's default: toward the destination for the
/// request, and back toward the source for TCP replies.
/// </summary>
public sealed class TransitGatewayVerdictTests
{
    private static PairExplanation ExplainAToB(VpcConfiguration config, string source = "vsi-a", string destination = "vsi-b")
    {
        var diagnostics = new DiagnosticBag();
        var topology = NetworkTopology.Build(config, TopologyFilter.None, diagnostics);
        Assert.NotNull(topology);
        Assert.True(new Explainer(new ConnectivityAnalyzer(topology)).TryExplain(new ExplainRequest(source, destination), out var explanation, out var problem), problem?.Kind.ToString());
        return Assert.Single(explanation!.Pairs);
    }

    private static PrefixFilter Filter(PrefixFilterAction action, string prefix, int? ge = null, int? le = null) => new(action, IpPrefix.Parse(prefix), ge, le);

    [Fact]
    public void PermittingFilter_IsCitedByIndex_AndIsTheConfiguredObject()
    {
        ImmutableArray<PrefixFilter> filters = [Filter(PrefixFilterAction.Deny, "10.9.0.0/16"), Filter(PrefixFilterAction.Permit, "10.0.0.0/8", ge: 16, le: 16)];
        var config = TransitGatewayConfig.Build(filters, PrefixFilterAction.Deny);

        var pair = ExplainAToB(config);

        Assert.True(pair.IsAllowed);
        var verdict = Assert.Single(pair.TransitGatewayRoute);
        Assert.Same(config.TransitConnections[1], verdict.Connection);
        Assert.Equal(1, verdict.FilterIndex);
        Assert.Same(filters[1], verdict.Filter);
        Assert.Equal(IpPrefix.Parse("10.2.0.0/16"), verdict.AddressPrefix);
        Assert.Equal("b", verdict.Vpc.Name);
        Assert.True(verdict.Permits);
        Assert.False(verdict.IsDefault);
    }

    [Fact]
    public void DenyingFilter_BlocksTheRequest_AndIsCited_WithNoReplySection()
    {
        ImmutableArray<PrefixFilter> filters = [Filter(PrefixFilterAction.Deny, "10.2.0.0/15", ge: 16, le: 17)];
        var pair = ExplainAToB(TransitGatewayConfig.Build(filters, PrefixFilterAction.Permit));

        Assert.False(pair.IsAllowed);
        Assert.True((pair.Blocked & BlockReasons.TransitGateway) != 0);
        var verdict = Assert.Single(pair.TransitGatewayRoute);
        Assert.Equal(0, verdict.FilterIndex);
        Assert.Equal(PrefixFilterAction.Deny, verdict.Action);
        Assert.False(verdict.Permits);
        Assert.Empty(pair.ResponseTransitGatewayRoute);
    }

    [Fact]
    public void NoFilterMatches_TheConnectionsDefaultDecides()
    {
        var pair = ExplainAToB(TransitGatewayConfig.Build([Filter(PrefixFilterAction.Deny, "10.2.0.0/24")], PrefixFilterAction.Permit));

        var verdict = Assert.Single(pair.TransitGatewayRoute);
        Assert.True(verdict.IsDefault);
        Assert.Null(verdict.Filter);
        Assert.Null(verdict.FilterIndex);
        Assert.True(verdict.Permits);
    }

    [Fact]
    public void Replies_CiteTheSourceSidesConnection_WhichBlocksThem()
    {
        // b is reachable (its connection permits by default), but a's connection denies a's prefix: replies cannot return.
        var config = TransitGatewayConfig.Build([], PrefixFilterAction.Permit, filtersOfA: [Filter(PrefixFilterAction.Deny, "10.1.0.0/16")]);

        var pair = ExplainAToB(config);

        Assert.True(pair.IsAllowed);
        Assert.Equal(pair.Connection.TcpOnly(), pair.ResponseBlocked);
        Assert.True(Assert.Single(pair.TransitGatewayRoute).Permits);
        var reply = Assert.Single(pair.ResponseTransitGatewayRoute);
        Assert.Same(config.TransitConnections[0], reply.Connection);
        Assert.Equal(0, reply.FilterIndex);
        Assert.False(reply.Permits);
        Assert.Equal("a", reply.Vpc.Name);
    }

    [Fact]
    public void VpcWithSeveralPrefixes_TheOneHoldingTheSubnetIsCited()
    {
        ImmutableArray<PrefixFilter> filters = [Filter(PrefixFilterAction.Deny, "10.3.0.0/16"), Filter(PrefixFilterAction.Permit, "10.2.0.0/16")];
        var pair = ExplainAToB(TransitGatewayConfig.Build(filters, PrefixFilterAction.Deny, prefixesOfB: ["10.3.0.0/16", "10.2.0.0/16"]));

        var verdict = Assert.Single(pair.TransitGatewayRoute);
        Assert.Equal(IpPrefix.Parse("10.2.0.0/16"), verdict.AddressPrefix);
        Assert.Equal(1, verdict.FilterIndex);
        Assert.True(pair.IsAllowed);
    }

    [Fact]
    public void SubnetOutsideEveryAddressPrefix_NoRoute_AndTheVerdictSaysSo()
    {
        var pair = ExplainAToB(TransitGatewayConfig.Build([], PrefixFilterAction.Permit, prefixesOfB: ["10.3.0.0/16"]));

        Assert.False(pair.IsAllowed);
        var verdict = Assert.Single(pair.TransitGatewayRoute);
        Assert.Null(verdict.AddressPrefix);
        Assert.False(verdict.Permits);
        Assert.False(verdict.IsDefault);
    }

    [Fact]
    public void Verdicts_AgreeWithTheRoutingTheAnalysisUses_OnRandomFilters()
    {
        // The explanation's facts and the connectivity come from the same filters: the gateway routes to a subnet exactly
        // when every verdict on it permits.
        var prefixes = new[] { "10.2.0.0/16", "10.2.0.0/15", "10.0.0.0/8", "10.2.0.0/24", "10.3.0.0/16" };
        var bounds = Gen.Int[6, 26]; // 6 means no bound: prefix lengths from 7 to 25 matter here
        var genFilter = Gen.Select(Gen.Bool, Gen.Int[0, prefixes.Length - 1], bounds, bounds, (permit, p, ge, le) =>
            Filter(permit ? PrefixFilterAction.Permit : PrefixFilterAction.Deny, prefixes[p], ge == 6 ? null : ge, le == 6 ? null : le));
        Gen.Select(genFilter.Array[0, 4], Gen.Bool, Gen.Int[0, 2]).Sample((filters, permitByDefault, layout) =>
        {
            string[] ofB = layout switch { 0 => ["10.2.0.0/16"], 1 => ["10.2.0.0/24", "10.3.0.0/16"], _ => ["10.2.0.0/15"] };
            var config = TransitGatewayConfig.Build([.. filters], permitByDefault ? PrefixFilterAction.Permit : PrefixFilterAction.Deny, prefixesOfB: ofB);
            var topology = NetworkTopology.Build(config, TopologyFilter.None, new DiagnosticBag())!;
            var gateway = Assert.Single(topology.TransitGateways);
            var subnet = topology.Vpcs.Single(v => v.Name == "b").Subnets.Single();
            var verdicts = TransitGatewayVerdict.Of(gateway, subnet);
            Assert.Equal(gateway.RoutesTo(subnet), verdicts.Count > 0 && verdicts.All(v => v.Permits));
            Assert.All(verdicts, v => Assert.Equal(v.Permits, TransitGatewayNetwork.Advertises(v.Connection, v.AddressPrefix!.Value)));
        }, iter: 500);
    }
}
