using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Policies.Evaluation;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Analysis;

/// <summary>
/// The questions reviewers ask of one configuration: is it vacuous, what is empty, what is redundant, is it sane,
/// which policies overlap, which endpoints no policy selects.
/// </summary>
public static partial class PolicyQueries
{
    /// <summary>Whether the configuration allows exactly what the same endpoints allow with no policy at all.</summary>
    public static bool IsVacuous(PolicyConfiguration configuration, EvaluationSemantics semantics)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var (withPolicies, without) = PolicyComparison.AnalyzeTogether(configuration, configuration.WithPolicies([]), semantics);
        return PolicyComparison.Equivalence(withPolicies, without, 1).Holds;
    }

    /// <summary>Policies that select no endpoint, and rules whose source or destination selects nothing.</summary>
    public static EmptinessReport Emptiness(PolicyConnectivity connectivity)
    {
        ArgumentNullException.ThrowIfNull(connectivity);
        var policies = ImmutableArray.CreateBuilder<PolicyId>();
        var rules = ImmutableArray.CreateBuilder<EmptyRule>();
        foreach (var policy in connectivity.Compiled.Policies.OrderBy(p => p.Model.InputOrder))
        {
            if (!policy.SelectsAny)
            {
                policies.Add(policy.Model.Id);
            }

            rules.AddRange(EmptyRules(connectivity, policy));
        }

        return new EmptinessReport(policies.ToImmutable(), rules.ToImmutable());
    }

    /// <summary>The empty rules of one compiled policy.</summary>
    internal static IEnumerable<EmptyRule> EmptyRules(PolicyConnectivity connectivity, CompiledPolicy policy)
    {
        foreach (var direction in new[] { Direction.Ingress, Direction.Egress })
        {
            foreach (var rule in policy.Rules(direction))
            {
                bool noSource, noDestination;
                if (policy.Model.IsKubernetes)
                {
                    // A Kubernetes rule names peers on one side only; the other is the policy's own pods.
                    noSource = direction == Direction.Ingress && !rule.Sources.Any(s => s);
                    noDestination = direction == Direction.Egress && !rule.Destinations.Any(d => d);
                }
                else
                {
                    noSource = !AnyPeer(rule.Sources, direction == Direction.Egress ? policy.Selected : null);
                    noDestination = !AnyPeer(rule.Destinations, direction == Direction.Ingress ? policy.Selected : null);
                }

                if (noSource || noDestination)
                {
                    yield return new EmptyRule(rule.Id!, noSource, noDestination);
                }
            }
        }

        _ = connectivity;
    }

    private static bool AnyPeer(bool[] peers, bool[]? selectedClasses)
    {
        for (var i = 0; i < peers.Length; i++)
        {
            if (peers[i] && (selectedClasses is null || (i < selectedClasses.Length && selectedClasses[i])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Pairs of policies that select common endpoints (each pair once, in evaluation order).</summary>
    public static ImmutableArray<PolicyOverlap> Overlaps(PolicyConnectivity connectivity)
    {
        ArgumentNullException.ThrowIfNull(connectivity);
        var policies = connectivity.Compiled.Policies;
        var result = ImmutableArray.CreateBuilder<PolicyOverlap>();
        for (var i = 0; i < policies.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var common = new List<EndpointId>();
                for (var e = 0; e < connectivity.Endpoints.Length; e++)
                {
                    var c = connectivity.EndpointClassOf(e);
                    if (policies[i].Selected[c] && policies[j].Selected[c])
                    {
                        common.Add(connectivity.Endpoints[e].Id);
                    }
                }

                if (common.Count > 0)
                {
                    result.Add(new PolicyOverlap(policies[j].Model.Id, policies[i].Model.Id, [.. common]));
                }
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Endpoints that no policy selects for ingress, and those none selects for egress.</summary>
    public static UncapturedReport Uncaptured(PolicyConnectivity connectivity)
    {
        ArgumentNullException.ThrowIfNull(connectivity);
        var ingress = ImmutableArray.CreateBuilder<Endpoint>();
        var egress = ImmutableArray.CreateBuilder<Endpoint>();
        for (var i = 0; i < connectivity.Endpoints.Length; i++)
        {
            if (!connectivity.IsCaptured(i, Direction.Ingress))
            {
                ingress.Add(connectivity.Endpoints[i]);
            }

            if (!connectivity.IsCaptured(i, Direction.Egress))
            {
                egress.Add(connectivity.Endpoints[i]);
            }
        }

        return new UncapturedReport(ingress.ToImmutable(), egress.ToImmutable());
    }

    /// <summary>The address sets the configuration names: analysing variants of it with these keeps the same external blocks.</summary>
    internal static List<IpAddressSet> NetsOf(PolicyConfiguration configuration) => [.. CompiledConfiguration.ReferencedNets(configuration)];
}
