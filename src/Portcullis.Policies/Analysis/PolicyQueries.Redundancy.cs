using System.Collections.Immutable;
using Portcullis.Policies.Evaluation;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Analysis;

public static partial class PolicyQueries
{
    /// <summary>
    /// Redundant policies (when there are two or more): those whose removal alone leaves every connection as it is;
    /// then, for each policy not redundant, its rules whose removal alone changes nothing (a rule that appears
    /// twice is redundant).
    /// </summary>
    public static RedundancyReport Redundancy(PolicyConfiguration configuration, EvaluationSemantics semantics)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var full = Analyze(configuration, semantics);
        var redundantPolicies = RedundantPolicies(configuration, semantics, full);
        var redundantRules = ImmutableArray.CreateBuilder<RuleId>();
        foreach (var policy in full.Compiled.Policies.OrderBy(p => p.Model.InputOrder))
        {
            if (!redundantPolicies.Contains(policy.Model.Id))
            {
                redundantRules.AddRange(RedundantRules(configuration, semantics, full, policy, new HashSet<RuleId>()));
            }
        }

        return new RedundancyReport(redundantPolicies, redundantRules.ToImmutable());
    }

    /// <summary>The policies whose removal alone changes nothing (none when there is a single policy).</summary>
    internal static ImmutableArray<PolicyId> RedundantPolicies(PolicyConfiguration configuration, EvaluationSemantics semantics, PolicyConnectivity full)
    {
        var result = ImmutableArray.CreateBuilder<PolicyId>();
        if (configuration.Policies.Length < 2)
        {
            return result.ToImmutable();
        }

        foreach (var policy in full.Compiled.Policies.OrderBy(p => p.Model.InputOrder))
        {
            var without = Analyze(configuration.WithoutPolicy(policy.Model.Id), semantics, full);
            if (SameOn(full, without, policy.Selected))
            {
                result.Add(policy.Model.Id);
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The rules of a policy whose removal alone changes nothing, skipping <paramref name="skip"/>.</summary>
    internal static IEnumerable<RuleId> RedundantRules(PolicyConfiguration configuration, EvaluationSemantics semantics, PolicyConnectivity full, CompiledPolicy policy, IReadOnlySet<RuleId> skip)
    {
        foreach (var direction in new[] { Direction.Ingress, Direction.Egress })
        {
            var rules = policy.Rules(direction);
            for (var i = 0; i < rules.Length; i++)
            {
                if (skip.Contains(rules[i].Id!))
                {
                    continue;
                }

                // Removing a rule removes every rule equal to it; a rule that is there twice is redundant as it is.
                var duplicated = Enumerable.Range(0, rules.Length).Any(j => j != i && SameRule(full, policy, direction, rules[i], rules[j]));
                if (duplicated)
                {
                    yield return rules[i].Id!;
                    continue;
                }

                var modelRules = policy.Model.Rules(direction).RemoveAt(i);
                var modified = direction == Direction.Ingress ? policy.Model with { IngressRules = modelRules } : policy.Model with { EgressRules = modelRules };
                var changed = Analyze(configuration.WithPolicy(modified), semantics, full);
                if (SameOn(full, changed, policy.Selected))
                {
                    yield return rules[i].Id!;
                }
            }
        }
    }

    /// <summary>Whether two rules of a policy match the same traffic with the same action.</summary>
    private static bool SameRule(PolicyConnectivity connectivity, CompiledPolicy policy, Direction direction, CompiledRule first, CompiledRule second)
    {
        if (first.Action != second.Action)
        {
            return false;
        }

        var compiled = connectivity.Compiled;
        for (var s = 0; s < compiled.PeerCount; s++)
        {
            for (var d = 0; d < compiled.PeerCount; d++)
            {
                var local = direction == Direction.Ingress ? d : s;
                if (!compiled.IsEndpointPeer(local) || !policy.Selected[local])
                {
                    continue;
                }

                var a = first.Covers(s, d) ? first.Connections(s, d) : Core.Sets.ConnectionSet.None;
                var b = second.Covers(s, d) ? second.Connections(s, d) : Core.Sets.ConnectionSet.None;
                if (!a.Equals(b))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Analyses a variant of a configuration with the same external blocks as <paramref name="like"/>.</summary>
    internal static PolicyConnectivity Analyze(PolicyConfiguration configuration, EvaluationSemantics semantics, PolicyConnectivity? like = null) =>
        PolicyConnectivity.Analyze(configuration, semantics, NetsOf(like?.Configuration ?? configuration), like?.IncludesIPv6);

    /// <summary>
    /// Whether two analyses of variants that differ only in policies selecting <paramref name="affected"/> classes
    /// allow the same: only pairs with an affected endpoint (as source, for egress, or destination, for ingress) can differ.
    /// </summary>
    internal static bool SameOn(PolicyConnectivity first, PolicyConnectivity second, bool[] affected)
    {
        var a = first.Compiled;
        var b = second.Compiled;
        if (a.PeerCount != b.PeerCount || a.Classes.Length != b.Classes.Length)
        {
            return PolicyComparison.Equivalence(first, second, 1).Holds;
        }

        for (var c = 0; c < affected.Length; c++)
        {
            if (!affected[c])
            {
                continue;
            }

            for (var peer = 0; peer < a.PeerCount; peer++)
            {
                if (!first.Cell(c, peer).Allowed.Equals(second.Cell(c, peer).Allowed) || !first.Cell(peer, c).Allowed.Equals(second.Cell(peer, c).Allowed))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
