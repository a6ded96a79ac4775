using System.Collections.Immutable;
using Portcullis.Core.Sets;
using Portcullis.Policies.Evaluation;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Analysis;

public static partial class PolicyQueries
{
    /// <summary>
    /// What changed from <paramref name="before"/> to <paramref name="after"/>, which may have different endpoints:
    /// connections lost with removed endpoints, changed between persistent ones (where a policy of either
    /// configuration selects one of the two), and new with added ones.
    /// </summary>
    public static SemanticDiffReport SemanticDiff(PolicyConfiguration before, PolicyConfiguration after, EvaluationSemantics semantics)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var (a, b) = PolicyComparison.AnalyzeTogether(before, after, semantics);
        var changes = new Dictionary<SemanticDiffCategory, List<ConnectionDifference>>();
        void Add(SemanticDiffCategory category, PolicyPeer source, PolicyPeer destination, ConnectionSet first, ConnectionSet second)
        {
            if (!changes.TryGetValue(category, out var list))
            {
                changes[category] = list = [];
            }

            list.Add(new ConnectionDifference(source, destination, first, second));
        }

        var bIndex = Enumerable.Range(0, b.Endpoints.Length).ToDictionary(i => b.Endpoints[i].Id);
        var aIndex = Enumerable.Range(0, a.Endpoints.Length).ToDictionary(i => a.Endpoints[i].Id);
        var removed = Enumerable.Range(0, a.Endpoints.Length).Where(i => !bIndex.ContainsKey(a.Endpoints[i].Id)).ToList();
        var added = Enumerable.Range(0, b.Endpoints.Length).Where(i => !aIndex.ContainsKey(b.Endpoints[i].Id)).ToList();
        var persistent = Enumerable.Range(0, a.Endpoints.Length).Where(i => bIndex.ContainsKey(a.Endpoints[i].Id)).Select(i => (A: i, B: bIndex[a.Endpoints[i].Id])).ToList();
        var captured = persistent.Where(p => a.Compiled.Policies.Any(x => x.Selected[a.EndpointClassOf(p.A)]) || b.Compiled.Policies.Any(x => x.Selected[b.EndpointClassOf(p.B)]))
            .Select(p => p.A).ToHashSet();

        foreach (var s in removed)
        {
            foreach (var d in removed.Where(d => d != s))
            {
                Lost(SemanticDiffCategory.LostBetweenRemoved, a.Allowed(s, d), Peer(a, s), Peer(a, d));
            }

            for (var block = 0; block < a.ExternalBlocks.Length; block++)
            {
                Lost(SemanticDiffCategory.LostBetweenRemovedAndAddresses, a.AllowedToBlock(s, block), Peer(a, s), PolicyPeer.Of(a.ExternalBlocks[block]));
                Lost(SemanticDiffCategory.LostBetweenRemovedAndAddresses, a.AllowedFromBlock(block, s), PolicyPeer.Of(a.ExternalBlocks[block]), Peer(a, s));
            }

            foreach (var (p, _) in persistent)
            {
                Lost(SemanticDiffCategory.LostBetweenRemovedAndPersistent, a.Allowed(s, p), Peer(a, s), Peer(a, p));
                Lost(SemanticDiffCategory.LostBetweenRemovedAndPersistent, a.Allowed(p, s), Peer(a, p), Peer(a, s));
            }
        }

        foreach (var (sa, sb) in persistent)
        {
            foreach (var (da, db) in persistent)
            {
                if (sa == da || (!captured.Contains(sa) && !captured.Contains(da)))
                {
                    continue;
                }

                Changed(SemanticDiffCategory.RemovedBetweenPersistent, SemanticDiffCategory.AddedBetweenPersistent, a.Allowed(sa, da), b.Allowed(sb, db), Peer(a, sa), Peer(a, da));
            }
        }

        var alignment = new ConnectivityAlignment(a, b, e => captured.Contains(aIndex[e.Id]));
        foreach (var endpoints in alignment.Endpoints)
        {
            foreach (var block in alignment.Blocks)
            {
                foreach (var endpoint in endpoints.Endpoints)
                {
                    var to = (a.Cell(endpoints.FirstPeer, block.FirstPeer).Allowed, b.Cell(endpoints.SecondPeer, block.SecondPeer).Allowed);
                    Changed(SemanticDiffCategory.RemovedBetweenPersistentAndAddresses, SemanticDiffCategory.AddedBetweenPersistentAndAddresses, to.Item1, to.Item2, PolicyPeer.Of(endpoint), PolicyPeer.Of(block.Addresses!.Value));
                    var from = (a.Cell(block.FirstPeer, endpoints.FirstPeer).Allowed, b.Cell(block.SecondPeer, endpoints.SecondPeer).Allowed);
                    Changed(SemanticDiffCategory.RemovedBetweenPersistentAndAddresses, SemanticDiffCategory.AddedBetweenPersistentAndAddresses, from.Item1, from.Item2, PolicyPeer.Of(block.Addresses!.Value), PolicyPeer.Of(endpoint));
                }
            }
        }

        foreach (var s in added)
        {
            foreach (var (_, p) in persistent)
            {
                New(SemanticDiffCategory.NewBetweenPersistentAndAdded, b.Allowed(s, p), Peer(b, s), Peer(b, p));
                New(SemanticDiffCategory.NewBetweenPersistentAndAdded, b.Allowed(p, s), Peer(b, p), Peer(b, s));
            }

            foreach (var d in added.Where(d => d != s))
            {
                New(SemanticDiffCategory.NewBetweenAdded, b.Allowed(s, d), Peer(b, s), Peer(b, d));
            }

            for (var block = 0; block < b.ExternalBlocks.Length; block++)
            {
                New(SemanticDiffCategory.NewBetweenAddedAndAddresses, b.AllowedToBlock(s, block), Peer(b, s), PolicyPeer.Of(b.ExternalBlocks[block]));
                New(SemanticDiffCategory.NewBetweenAddedAndAddresses, b.AllowedFromBlock(block, s), PolicyPeer.Of(b.ExternalBlocks[block]), Peer(b, s));
            }
        }

        return new SemanticDiffReport(changes.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableArray()));

        void Lost(SemanticDiffCategory category, ConnectionSet set, PolicyPeer source, PolicyPeer destination)
        {
            if (!set.IsEmpty)
            {
                Add(category, source, destination, set, ConnectionSet.None);
            }
        }

        void New(SemanticDiffCategory category, ConnectionSet set, PolicyPeer source, PolicyPeer destination)
        {
            if (!set.IsEmpty)
            {
                Add(category, source, destination, ConnectionSet.None, set);
            }
        }

        void Changed(SemanticDiffCategory removedCategory, SemanticDiffCategory addedCategory, ConnectionSet first, ConnectionSet second, PolicyPeer source, PolicyPeer destination)
        {
            if (!first.IsSubsetOf(second))
            {
                Add(removedCategory, source, destination, first.Except(second), ConnectionSet.None);
            }

            if (!second.IsSubsetOf(first))
            {
                Add(addedCategory, source, destination, ConnectionSet.None, second.Except(first));
            }
        }
    }

    private static PolicyPeer Peer(PolicyConnectivity connectivity, int endpoint) => PolicyPeer.Of(connectivity.Endpoints[endpoint]);

    /// <summary>
    /// Whether both configurations have the same policies (kind and name) and each policy alone allows the same in
    /// both; not comparable when their endpoints differ.
    /// </summary>
    public static ComparisonOutcome StrongEquivalence(PolicyConfiguration first, PolicyConfiguration second, EvaluationSemantics semantics)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (!PolicyComparison.HaveSameEndpoints(first, second))
        {
            return ComparisonOutcome.NotComparable;
        }

        var firstIds = first.Policies.Select(p => p.Id).ToHashSet();
        if (!firstIds.SetEquals(second.Policies.Select(p => p.Id)))
        {
            return new ComparisonOutcome(true, false, []);
        }

        foreach (var policy in first.Policies)
        {
            var other = second.Policies.First(p => p.Id == policy.Id);
            var (a, b) = PolicyComparison.AnalyzeTogether(first.WithPolicies([policy]), second.WithPolicies([other]), semantics);
            var outcome = PolicyComparison.Equivalence(a, b, 16);
            if (!outcome.Holds)
            {
                return outcome;
            }
        }

        return new ComparisonOutcome(true, true, []);
    }
}
