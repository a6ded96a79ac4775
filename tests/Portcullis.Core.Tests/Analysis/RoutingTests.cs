using Portcullis.Core.Analysis;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Explain;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;
using Portcullis.Testing;

namespace Portcullis.Core.Tests.Analysis;

/// <summary>Routing tables change reachability where they drop traffic; delivering to a next hop is assumed to forward.</summary>
public sealed class RoutingTests
{
    private static ConfigBuilder OpenVpc() => new ConfigBuilder()
        .Subnet("a", "10.0.0.0/24").AllowAll("acl-a")
        .Subnet("b", "10.0.1.0/24").AllowAll("acl-b")
        .GroupRule("g", TrafficDirection.Outbound, "0.0.0.0/0", ConnectionSet.All)
        .GroupRule("g", TrafficDirection.Inbound, "0.0.0.0/0", ConnectionSet.All)
        .Instance("x", "a", "10.0.0.4", "g")
        .Instance("y", "b", "10.0.1.4", "g");

    private static (ConnectivityAnalyzer Analyzer, Endpoint X, Endpoint Y) Analyse(ConfigBuilder builder)
    {
        var topology = NetworkTopology.Build(builder.Build(), TopologyFilter.None, new DiagnosticBag())!;
        var endpoints = topology.Endpoints.ToDictionary(e => e.Name);
        return (new ConnectivityAnalyzer(topology), endpoints["x"], endpoints["y"]);
    }

    [Fact]
    public void Evaluate_DropRouteOfTheSourceSubnet_BlocksTheTraffic()
    {
        var (analyzer, x, y) = Analyse(OpenVpc().Route("a", "10.0.1.0/24", "drop"));
        Assert.True(analyzer.Evaluate(x, y).Connection.IsEmpty);
    }

    [Fact]
    public void Evaluate_DropRouteOnTheReplyPath_BlocksTcpReplies()
    {
        // y -> x is allowed, but x's subnet drops what it sends back to y.
        var (analyzer, x, y) = Analyse(OpenVpc().Route("a", "10.0.1.0/24", "drop"));
        var (connection, blocked) = analyzer.Evaluate(y, x);
        Assert.Equal(ConnectionSet.All, connection);
        Assert.Equal(ConnectionSet.AllTcp, blocked);
    }

    [Fact]
    public void Evaluate_LongerDeliverRouteBeatsShorterDrop()
    {
        var (analyzer, x, y) = Analyse(OpenVpc().Route("a", "10.0.0.0/16", "drop").Route("a", "10.0.1.0/24", "deliver", "10.0.0.9"));
        Assert.Equal(ConnectionSet.All, analyzer.Evaluate(x, y).Connection);
    }

    [Fact]
    public void Explain_DropRoute_IsTheReasonAndTheBlockingStep()
    {
        var (analyzer, _, _) = Analyse(OpenVpc().Route("a", "10.0.1.0/24", "drop"));
        Assert.True(new Explainer(analyzer).TryExplain(new ExplainRequest("x", "y"), out var explanation, out var error), error?.Kind.ToString());
        var pair = Assert.Single(explanation!.Pairs);
        Assert.Equal(BlockReasons.Route, pair.Blocked);
        Assert.Contains(pair.Path, step => step is RouteStep { Blocks: true, Route.Action: "drop", Table.Name: "rt-a" });
    }
}
