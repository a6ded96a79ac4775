using Portcullis.Core.Addresses;
using Portcullis.Core.Sets;
using Portcullis.Policies.Evaluation;
using Portcullis.Policies.Model;
using Portcullis.Policies.Selectors;
using static Portcullis.Policies.Tests.Build;

namespace Portcullis.Policies.Tests.Evaluation;

/// <summary>The engine on scenarios whose answers follow from Calico's and Kubernetes' documentation.</summary>
public sealed class PolicyConnectivityTests
{
    private static readonly Endpoint Web = Pod("shop", "web", ("app", "web"));
    private static readonly Endpoint Db = Pod("shop", "db", ("app", "db"));
    private static readonly Endpoint Other = Pod("other", "x", ("app", "x"));

    [Fact]
    public void NoPolicy_WorkloadsAllowEverything_EverywhereAndFromOutside()
    {
        var c = PolicyConnectivity.Analyze(Config([Web, Db]));
        Assert.True(c.Allowed(0, 1).IsAll);
        Assert.True(c.AllowedFromBlock(0, 0).IsAll);
        Assert.Equal(AddressFamilies.IPv4, c.ExternalBlocks.Single());
    }

    [Fact]
    public void KubernetesPolicy_SelectedIngressIsDeniedButWhatARuleAllows()
    {
        var allowWeb = new KubernetesRule { Peers = [new KubernetesPeer(Selector.Parse("app == 'web'"), null, null)], Ports = [new KubernetesPort(IpProtocols.Tcp, PortSpec.Single(5432))] };
        var c = PolicyConnectivity.Analyze(Config([Web, Db, Other], Knp("shop", "db", "app == 'db'", [allowWeb])));
        Assert.Equal(Tcp(5432), c.Allowed(0, 1));
        Assert.True(c.Allowed(2, 1).IsEmpty); // pods of other namespaces are not in a pod selector's reach
        Assert.True(c.AllowedFromBlock(0, 1).IsEmpty);
        Assert.True(c.Allowed(1, 0).IsAll); // egress is not selected
    }

    [Fact]
    public void KubernetesIpBlock_MatchesAddressesButTheExceptions()
    {
        var rule = new KubernetesRule { Peers = [new KubernetesPeer(null, null, new IpBlock(IpPrefix.Parse("10.0.0.0/8"), [IpPrefix.Parse("10.1.0.0/16")]))] };
        var c = PolicyConnectivity.Analyze(Config([Db], Knp("shop", "db", "all()", [rule])));
        var allowed = Enumerable.Range(0, c.ExternalBlocks.Length).Where(b => !c.AllowedFromBlock(b, 0).IsEmpty).Select(b => c.ExternalBlocks[b]).Aggregate(IpAddressSet.Empty, (a, b) => a.Union(b));
        Assert.Equal(IpPrefix.Parse("10.0.0.0/8").ToAddressSet().Except(IpPrefix.Parse("10.1.0.0/16").ToAddressSet()), allowed);
    }

    [Fact]
    public void NamedPort_ResolvesAgainstTheDestinationPodsPorts()
    {
        var db = Db with { NamedPorts = [new NamedPort("pg", IpProtocols.Tcp, 5432)] };
        var rule = new KubernetesRule { Ports = [new KubernetesPort(IpProtocols.Tcp, PortSpec.Named("pg"))] };
        var c = PolicyConnectivity.Analyze(Config([Web, db], Knp("shop", "all", "all()", [rule])));
        Assert.Equal(Tcp(5432), c.Allowed(0, 1));
        Assert.True(c.Allowed(1, 0).IsEmpty); // web has no port named pg
    }

    [Fact]
    public void CalicoOrder_LowerOrderDecidesFirst_DenyBeatsLaterAllow()
    {
        var deny = Gnp("deny-web", "app == 'db'", 10, [Rule(RuleAction.Deny, IpProtocols.Tcp, "app == 'web'", destinationPorts: [22])]);
        var allow = Gnp("allow-all", "app == 'db'", 20, [Rule(RuleAction.Allow)]);
        var c = PolicyConnectivity.Analyze(Config([Web, Db], allow, deny));
        Assert.Equal(ConnectionSet.All.Except(Tcp(22)), c.Allowed(0, 1));
    }

    [Fact]
    public void EqualOrder_CalicoBreaksTiesByName_NcaByReadingOrder()
    {
        var b = Gnp("b-allow", "app == 'db'", 5, [Rule(RuleAction.Allow)]);
        var a = Gnp("a-deny", "app == 'db'", 5, [Rule(RuleAction.Deny)]);
        var config = Config([Web, Db], b, a);
        Assert.True(PolicyConnectivity.Analyze(config).Allowed(0, 1).IsEmpty);
        Assert.True(PolicyConnectivity.Analyze(config, EvaluationSemantics.NcaCompatible).Allowed(0, 1).IsAll);
    }

    [Fact]
    public void NoOrder_IsAppliedLast()
    {
        var last = Gnp("allow", "app == 'db'", null, [Rule(RuleAction.Allow)]);
        var first = Gnp("deny", "app == 'db'", 100000, [Rule(RuleAction.Deny)]);
        Assert.True(PolicyConnectivity.Analyze(Config([Web, Db], last, first)).Allowed(0, 1).IsEmpty);
    }

    [Fact]
    public void Pass_SkipsTheTier_ThenTheProfileAllowsWorkloads()
    {
        var pass = Gnp("pass", "app == 'db'", 1, [Rule(RuleAction.Pass, sourceSelector: "app == 'web'")]);
        var deny = Gnp("deny", "app == 'db'", 2, [Rule(RuleAction.Deny)]);
        var c = PolicyConnectivity.Analyze(Config([Web, Db, Other], pass, deny));
        Assert.True(c.Allowed(0, 1).IsAll);
        Assert.True(c.Allowed(2, 1).IsEmpty);
    }

    [Fact]
    public void Log_MatchesAndGoesOn()
    {
        var log = Gnp("log", "app == 'db'", 1, [Rule(RuleAction.Log), Rule(RuleAction.Allow, IpProtocols.Udp)]);
        Assert.Equal(ConnectionSet.Protocol(IpProtocols.Udp), PolicyConnectivity.Analyze(Config([Web, Db], log)).Allowed(0, 1));
    }

    [Fact]
    public void SelectedForEgressOnly_IngressStaysOpen()
    {
        var egress = Gnp("egress", "app == 'web'", 1, egress: [Rule(RuleAction.Allow, IpProtocols.Tcp, destinationPorts: [443])]);
        var c = PolicyConnectivity.Analyze(Config([Web, Db], egress));
        Assert.Equal(Tcp(443), c.Allowed(0, 1));
        Assert.True(c.Allowed(1, 0).IsAll);
    }

    [Fact]
    public void HostEndpoint_WithoutPolicy_DeniesAllButFailsafePorts()
    {
        var host = Host("worker-1", "10.240.0.4", ("ibm.role", "worker_private"));
        var c = PolicyConnectivity.Analyze(Config([host]));
        var fromOutside = c.AllowedFromBlock(c.BlockOf(IpAddress.Parse("8.8.8.8")), 0);
        Assert.Equal(FailsafePort.DefaultInbound.Aggregate(ConnectionSet.None, (a, p) => a.Union(p.Connections)), fromOutside);
        Assert.True(PolicyConnectivity.Analyze(Config([host]), EvaluationSemantics.NcaCompatible).AllowedFromBlock(0, 0).IsEmpty);
    }

    [Fact]
    public void HostEndpoint_PreDnatAllowSkipsNormalPolicy_UntrackedDenyStops()
    {
        var host = Host("worker-1", "10.240.0.4", ("role", "worker"));
        var preDnat = Gnp("pre", "role == 'worker'", 10, [Rule(RuleAction.Allow, IpProtocols.Tcp, destinationPorts: [30080])]) with { PreDnat = true, ApplyOnForward = true };
        var untracked = Gnp("raw", "role == 'worker'", 10, [Rule(RuleAction.Deny, IpProtocols.Tcp, destinationPorts: [30081])]) with { DoNotTrack = true, ApplyOnForward = true };
        var normal = Gnp("normal", "role == 'worker'", 1, [Rule(RuleAction.Deny, IpProtocols.Tcp, destinationPorts: [30080]), Rule(RuleAction.Allow, IpProtocols.Tcp, destinationPorts: [30081, 30082])]);
        var c = PolicyConnectivity.Analyze(Config([host], preDnat, untracked, normal), EvaluationSemantics.Calico with { FailsafeInbound = [] });
        var allowed = c.AllowedFromBlock(0, 0);
        Assert.True(Tcp(30080).IsSubsetOf(allowed)); // the pre-DNAT allow wins over the normal deny
        Assert.False(Tcp(30081).Overlaps(allowed)); // the untracked deny is final
        Assert.True(Tcp(30082).IsSubsetOf(allowed));
    }

    [Fact]
    public void HostEndpoint_SelectorMatchesOtherHostsByLabel_NetsMatchTheirAddresses()
    {
        var a = Host("w1", "10.0.0.1", ("ibm.role", "worker_private"));
        var b = Host("w2", "10.0.0.2", ("ibm.role", "worker_private"));
        var policy = Gnp("workers", "ibm.role == 'worker_private'", 1, [Rule(RuleAction.Allow, sourceSelector: "ibm.role == 'worker_private'")], [Rule(RuleAction.Allow)]);
        var c = PolicyConnectivity.Analyze(Config([a, b], policy), EvaluationSemantics.NcaCompatible);
        Assert.True(c.Allowed(0, 1).IsAll);
        Assert.True(c.AllowedFromBlock(0, 1).IsEmpty);
        var traffic = c.HostTraffic(1, Direction.Ingress);
        Assert.Contains(traffic, t => t.Remote == a.Addresses && t.Allowed.IsAll);
    }

    [Fact]
    public void Profiles_ApplyLabels_AndTheirRulesWhenNoPolicyDecides()
    {
        var wep = new Endpoint { Kind = EndpointKind.WorkloadEndpoint, Name = "api", Namespace = "shop", Profiles = ["kns.shop", "gold"] };
        var profile = new Profile("gold", Labels.Of(("tier", "gold")), [Rule(RuleAction.Deny)], []);
        var config = Config([Web, wep]) with { Profiles = [profile] };
        // kns.shop (generated by Calico, allow-all) comes first in the endpoint's list.
        Assert.True(PolicyConnectivity.Analyze(config).Allowed(0, 1).IsAll);
        var goldFirst = config with { Endpoints = [Web, wep with { Profiles = ["gold"] }] };
        Assert.True(PolicyConnectivity.Analyze(goldFirst).Allowed(0, 1).IsEmpty);
        Assert.True(PolicyConnectivity.Analyze(goldFirst, EvaluationSemantics.NcaCompatible).Allowed(0, 1).IsAll);
        var byLabel = goldFirst with { Policies = [Gnp("gold-only", "tier == 'gold'", 1, [Rule(RuleAction.Allow, IpProtocols.Tcp)])] };
        Assert.Equal(ConnectionSet.AllTcp, PolicyConnectivity.Analyze(byLabel).Allowed(0, 1));
    }

    [Fact]
    public void Ipv6_IsAnalysedOnlyWhenAPolicyNamesIt()
    {
        var v6 = Gnp("v6", "all()", 1, [Rule(RuleAction.Allow, sourceNets: "2001:db8::/32")]);
        var c = PolicyConnectivity.Analyze(Config([Web], v6));
        Assert.True(c.IncludesIPv6);
        Assert.Contains(c.ExternalBlocks, b => b.Overlaps(AddressFamilies.IPv6));
        Assert.False(PolicyConnectivity.Analyze(Config([Web])).IncludesIPv6);
    }

    [Fact]
    public void Explain_NamesTheRuleThatDecides()
    {
        var deny = Gnp("deny-ssh", "app == 'db'", 10, [Rule(RuleAction.Deny, IpProtocols.Tcp, destinationPorts: [22])]);
        var allow = Gnp("allow", "app == 'db'", 20, [Rule(RuleAction.Allow, IpProtocols.Tcp)]);
        var c = PolicyConnectivity.Analyze(Config([Web, Db], deny, allow));
        var explanation = c.Explain(PolicyPeer.Of(Web), PolicyPeer.Of(Db), Tcp(22)).Single();
        Assert.True(explanation.Allowed.IsEmpty);
        var decision = Assert.Single(explanation.Ingress);
        Assert.Equal(Verdict.Deny, decision.Verdict);
        Assert.Equal(new RuleId(deny.Id, Direction.Ingress, 1), decision.Rule);
        Assert.Contains(explanation.Egress, d => d.Reason == DecisionReason.NoPolicy && d.Verdict == Verdict.Allow);
    }
}
