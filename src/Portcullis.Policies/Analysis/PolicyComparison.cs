using System.Collections.Immutable;
using Portcullis.Core.Sets;
using Portcullis.Policies.Evaluation;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Analysis;

/// <summary>
/// Comparisons of two configurations over the same endpoints: equivalence, containment, and what one's policies
/// explicitly allow against the other (permits, forbids, interferes).
/// </summary>
public static partial class PolicyComparison
{
    /// <summary>Whether two configurations have the same endpoints (by identity) and network sets.</summary>
    public static bool HaveSameEndpoints(PolicyConfiguration first, PolicyConfiguration second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return first.Endpoints.Select(e => e.Id).ToHashSet().SetEquals(second.Endpoints.Select(e => e.Id))
            && first.NetworkSets.Select(n => (n.Namespace, n.Name)).ToHashSet().SetEquals(second.NetworkSets.Select(n => (n.Namespace, n.Name)));
    }

    /// <summary>Analyses two configurations so that their external blocks can be compared (both keep apart what either names).</summary>
    public static (PolicyConnectivity First, PolicyConnectivity Second) AnalyzeTogether(PolicyConfiguration first, PolicyConfiguration second, EvaluationSemantics semantics)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(semantics);
        var nets = CompiledConfiguration.ReferencedNets(first).Concat(CompiledConfiguration.ReferencedNets(second)).ToList();
        var ipv6 = semantics.AlwaysIncludeIPv6 || CompiledConfiguration.NamesIPv6(first) || CompiledConfiguration.NamesIPv6(second);
        return (PolicyConnectivity.Analyze(first, semantics, nets, ipv6), PolicyConnectivity.Analyze(second, semantics, nets, ipv6));
    }

    /// <summary>Whether both allow exactly the same connections; the differing pairs otherwise.</summary>
    public static ComparisonOutcome Equivalence(PolicyConnectivity first, PolicyConnectivity second, int maxWitnesses = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (!HaveSameEndpoints(first.Configuration, second.Configuration))
        {
            return ComparisonOutcome.NotComparable;
        }

        var witnesses = Collect(first, second, (a, b) => !a.Allowed.Equals(b.Allowed), (a, b) => (a.Allowed, b.Allowed), maxWitnesses);
        return new ComparisonOutcome(true, witnesses.IsEmpty, witnesses);
    }

    /// <summary>
    /// Whether everything <paramref name="inner"/> allows (or, with <paramref name="explicitOnly"/>, everything its
    /// policies explicitly allow) <paramref name="outer"/> allows too; endpoints of <paramref name="inner"/> that
    /// <paramref name="outer"/> lacks make it not contained.
    /// </summary>
    public static ComparisonOutcome Containment(PolicyConnectivity inner, PolicyConnectivity outer, bool explicitOnly = false, int maxWitnesses = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(outer);
        var outerIds = outer.Endpoints.Select(e => e.Id).ToHashSet();
        if (inner.Endpoints.Any(e => !outerIds.Contains(e.Id)))
        {
            return new ComparisonOutcome(true, false, []);
        }

        var witnesses = Collect(
            inner,
            outer,
            (a, b) => !(explicitOnly ? a.Explicit : a.Allowed).IsSubsetOf(b.Allowed),
            (a, b) => ((explicitOnly ? a.Explicit : a.Allowed).Except(b.Allowed), b.Allowed),
            maxWitnesses);
        return new ComparisonOutcome(true, witnesses.IsEmpty, witnesses);
    }

    /// <summary>Whether everything the specification's policies explicitly allow, the implementation allows (same endpoints required).</summary>
    public static ComparisonOutcome Permits(PolicyConnectivity implementation, PolicyConnectivity specification, int maxWitnesses = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(implementation);
        ArgumentNullException.ThrowIfNull(specification);
        return HaveSameEndpoints(implementation.Configuration, specification.Configuration)
            ? Containment(specification, implementation, explicitOnly: true, maxWitnesses)
            : ComparisonOutcome.NotComparable;
    }

    /// <summary>Whether the implementation allows none of what the specification's policies explicitly allow; the common connections otherwise.</summary>
    public static ComparisonOutcome Forbids(PolicyConnectivity implementation, PolicyConnectivity specification, int maxWitnesses = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(implementation);
        ArgumentNullException.ThrowIfNull(specification);
        if (!HaveSameEndpoints(implementation.Configuration, specification.Configuration))
        {
            return ComparisonOutcome.NotComparable;
        }

        var witnesses = Collect(specification, implementation, (a, b) => a.Explicit.Overlaps(b.Allowed), (a, b) => (a.Explicit.Intersect(b.Allowed), b.Allowed), maxWitnesses);
        return new ComparisonOutcome(true, witnesses.IsEmpty, witnesses);
    }

    /// <summary>Whether <paramref name="candidate"/>'s policies explicitly allow something <paramref name="baseline"/>'s policies do not (it interferes).</summary>
    public static ComparisonOutcome Interferes(PolicyConnectivity candidate, PolicyConnectivity baseline, int maxWitnesses = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(baseline);
        if (!HaveSameEndpoints(candidate.Configuration, baseline.Configuration))
        {
            return ComparisonOutcome.NotComparable;
        }

        var witnesses = Collect(candidate, baseline, (a, b) => !a.Explicit.IsSubsetOf(b.Explicit), (a, b) => (a.Explicit.Except(b.Explicit), b.Explicit), maxWitnesses);
        return new ComparisonOutcome(true, !witnesses.IsEmpty, witnesses);
    }

    private static ImmutableArray<ConnectionDifference> Collect(
        PolicyConnectivity first,
        PolicyConnectivity second,
        Func<(ConnectionSet Allowed, ConnectionSet Explicit), (ConnectionSet Allowed, ConnectionSet Explicit), bool> differs,
        Func<(ConnectionSet Allowed, ConnectionSet Explicit), (ConnectionSet Allowed, ConnectionSet Explicit), (ConnectionSet, ConnectionSet)> show,
        int maxWitnesses)
    {
        var alignment = new ConnectivityAlignment(first, second);
        var witnesses = ImmutableArray.CreateBuilder<ConnectionDifference>();
        foreach (var (source, destination) in alignment.Pairs())
        {
            var a = first.Cell(source.FirstPeer, destination.FirstPeer);
            var b = second.Cell(source.SecondPeer, destination.SecondPeer);
            if (!differs(a, b))
            {
                continue;
            }

            var (x, y) = show(a, b);
            foreach (var s in Expand(source))
            {
                foreach (var d in Expand(destination))
                {
                    witnesses.Add(new ConnectionDifference(s, d, x, y));
                    if (witnesses.Count >= maxWitnesses)
                    {
                        return witnesses.ToImmutable();
                    }
                }
            }
        }

        return witnesses.ToImmutable();
    }

    internal static IEnumerable<PolicyPeer> Expand(JointPeer peer) =>
        peer.Addresses is { } addresses ? [PolicyPeer.Of(addresses)] : peer.Endpoints.Select(PolicyPeer.Of);
}
