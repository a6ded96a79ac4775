using System.Collections.Immutable;
using Portcullis.Core.Sets;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Evaluation;

internal sealed partial class CompiledConfiguration
{
    private readonly Pipeline?[] _pipelines;
    private readonly Dictionary<(string, Direction), ImmutableArray<CompiledRule>> _profileRules = [];

    /// <summary>The pipeline of an endpoint class in a direction (built once).</summary>
    public Pipeline PipelineOf(int endpointClass, Direction direction)
    {
        var slot = (endpointClass * 2) + (int)direction;
        lock (_pipelines)
        {
            return _pipelines[slot] ??= BuildPipeline(Classes[endpointClass], direction);
        }
    }

    private Pipeline BuildPipeline(EndpointClass endpoint, Direction direction)
    {
        var policies = Policies.Where(p => p.Selected[endpoint.Index] && p.Model.AppliesTo(direction)).ToList();
        var stages = ImmutableArray.CreateBuilder<PipelineStage>();
        if (Semantics.HostEndpointStages)
        {
            if (endpoint.IsHost)
            {
                AddStage(stages, EnforcementStage.Untracked, false, policies.Where(p => p.Model.DoNotTrack));
                if (direction == Direction.Ingress)
                {
                    AddStage(stages, EnforcementStage.PreDnat, false, policies.Where(p => p.Model.PreDnat && !p.Model.DoNotTrack));
                }
            }

            AddStage(stages, EnforcementStage.Normal, true, policies.Where(p => !p.Model.DoNotTrack && !p.Model.PreDnat));
        }
        else
        {
            AddStage(stages, EnforcementStage.Normal, true, policies);
        }

        return new Pipeline
        {
            IsHost = endpoint.IsHost,
            Captured = stages.Any(s => s.Tiers.Length > 0),
            Failsafe = endpoint.IsHost ? (direction == Direction.Ingress ? Semantics.FailsafeInbound : Semantics.FailsafeOutbound) : [],
            Stages = stages.ToImmutable(),
            Profiles = Semantics.ApplyProfileRules ? ProfilesOf(endpoint, direction) : null,
        };
    }

    private static void AddStage(ImmutableArray<PipelineStage>.Builder stages, EnforcementStage kind, bool endOfTierDecides, IEnumerable<CompiledPolicy> policies)
    {
        var tiers = policies.GroupBy(p => p.Tier.Name, StringComparer.Ordinal)
            .Select(g => (g.First().Tier, g.ToImmutableArray()))
            .ToImmutableArray();
        stages.Add(new PipelineStage(kind, endOfTierDecides, tiers));
    }

    private ImmutableArray<PipelineProfile>? ProfilesOf(EndpointClass endpoint, Direction direction)
    {
        var names = endpoint.Representative.Profiles;
        if (names.IsEmpty)
        {
            // A pod's profile is Calico's generated kns.<namespace>, which allows everything; a host endpoint has none.
            return endpoint.IsHost ? null : [new PipelineProfile($"kns.{endpoint.Namespace}", [], true)];
        }

        var profiles = ImmutableArray.CreateBuilder<PipelineProfile>();
        foreach (var name in names)
        {
            if (TryGetProfile(name, out var profile))
            {
                profiles.Add(new PipelineProfile(name, ProfileRules(profile, direction), false));
            }
            else if (name.StartsWith("kns.", StringComparison.Ordinal) || name == "projectcalico-default-allow")
            {
                profiles.Add(new PipelineProfile(name, [], true));
            }
        }

        return profiles.ToImmutable();
    }

    private ImmutableArray<CompiledRule> ProfileRules(Profile profile, Direction direction)
    {
        lock (_profileRules)
        {
            if (!_profileRules.TryGetValue((profile.Name, direction), out var rules))
            {
                _profileRules[(profile.Name, direction)] = rules = [.. profile.Rules(direction).Select(r => CompileRule(r, null, null, direction))];
            }

            return rules;
        }
    }

    /// <summary>
    /// What the policy of endpoint class <paramref name="endpointClass"/> does, in <paramref name="direction"/>, with
    /// traffic to or from peer <paramref name="remote"/>; with <paramref name="trace"/>, every step taken.
    /// </summary>
    public DirectionOutcome Evaluate(int endpointClass, Direction direction, int remote, List<Decision>? trace = null)
    {
        var pipeline = PipelineOf(endpointClass, direction);
        var (source, destination) = direction == Direction.Ingress ? (remote, endpointClass) : (endpointClass, remote);
        var remaining = ConnectionSet.All;
        var allowed = ConnectionSet.None;
        var explicitly = ConnectionSet.None;

        foreach (var port in pipeline.Failsafe)
        {
            if (port.Net is { } net && !RemoteWithin(remote, AddressFamilies.ToSet(net)))
            {
                continue;
            }

            var take = port.Connections.Intersect(remaining);
            if (!take.IsEmpty)
            {
                allowed = allowed.Union(take);
                remaining = remaining.Except(take);
                trace?.Add(new Decision(direction, take, Verdict.Allow, DecisionReason.Failsafe, EnforcementStage.Failsafe));
            }
        }

        foreach (var stage in pipeline.Stages)
        {
            foreach (var (tier, policies) in stage.Tiers)
            {
                if (remaining.IsEmpty)
                {
                    break;
                }

                var passed = ConnectionSet.None;
                foreach (var policy in policies)
                {
                    foreach (var rule in policy.Rules(direction))
                    {
                        if (remaining.IsEmpty)
                        {
                            break;
                        }

                        if (!rule.Covers(source, destination) || rule.Action == RuleAction.Log)
                        {
                            continue;
                        }

                        var matched = rule.Connections(source, destination).Intersect(remaining);
                        if (matched.IsEmpty)
                        {
                            continue;
                        }

                        remaining = remaining.Except(matched);
                        var verdict = rule.Action switch
                        {
                            RuleAction.Allow => Verdict.Allow,
                            RuleAction.Deny => Verdict.Deny,
                            _ => Verdict.Pass,
                        };
                        if (verdict == Verdict.Allow)
                        {
                            allowed = allowed.Union(matched);
                            explicitly = explicitly.Union(matched);
                        }
                        else if (verdict == Verdict.Pass)
                        {
                            passed = passed.Union(matched);
                        }

                        trace?.Add(new Decision(direction, matched, verdict, DecisionReason.Rule, stage.Kind, tier.Name, policy.Model.Id, rule.Id));
                    }
                }

                if (stage.EndOfTierDecides)
                {
                    if (!remaining.IsEmpty)
                    {
                        var last = policies[^1].Model.Id;
                        if (tier.DefaultAction == RuleAction.Pass)
                        {
                            trace?.Add(new Decision(direction, remaining, Verdict.Pass, DecisionReason.EndOfTier, stage.Kind, tier.Name, last));
                            passed = passed.Union(remaining);
                        }
                        else
                        {
                            trace?.Add(new Decision(direction, remaining, Verdict.Deny, DecisionReason.EndOfTier, stage.Kind, tier.Name, last));
                        }
                    }

                    remaining = passed;
                }
                else
                {
                    remaining = remaining.Union(passed);
                }
            }
        }

        if (!remaining.IsEmpty)
        {
            var reason = pipeline.Captured ? DecisionReason.AfterPass : DecisionReason.NoPolicy;
            var (profileAllowed, rest) = ApplyProfiles(pipeline, direction, source, destination, remaining, trace);
            allowed = allowed.Union(profileAllowed);
            if (pipeline.Captured)
            {
                explicitly = explicitly.Union(profileAllowed);
            }

            if (!rest.IsEmpty)
            {
                // Without profile rules: a workload's traffic is allowed (Calico's namespace profile), a host endpoint's denied.
                var defaultAllows = !pipeline.IsHost && pipeline.Profiles is null;
                if (defaultAllows)
                {
                    allowed = allowed.Union(rest);
                    if (pipeline.Captured)
                    {
                        explicitly = explicitly.Union(rest);
                    }
                }

                trace?.Add(new Decision(direction, rest, defaultAllows ? Verdict.Allow : Verdict.Deny, pipeline.Profiles is { Length: > 0 } ? DecisionReason.ProfileEnd : reason, EnforcementStage.Profile));
            }
        }

        return new DirectionOutcome(allowed, explicitly, pipeline.Captured);
    }

    private static (ConnectionSet Allowed, ConnectionSet Remaining) ApplyProfiles(Pipeline pipeline, Direction direction, int source, int destination, ConnectionSet remaining, List<Decision>? trace)
    {
        if (pipeline.Profiles is not { } profiles)
        {
            return (ConnectionSet.None, remaining);
        }

        var allowed = ConnectionSet.None;
        foreach (var profile in profiles)
        {
            if (remaining.IsEmpty)
            {
                break;
            }

            if (profile.AllowsAll)
            {
                allowed = allowed.Union(remaining);
                trace?.Add(new Decision(direction, remaining, Verdict.Allow, pipeline.Stages.Any(s => s.Tiers.Length > 0) ? DecisionReason.AfterPass : DecisionReason.NoPolicy, EnforcementStage.Profile, Profile: profile.Name));
                remaining = ConnectionSet.None;
                break;
            }

            for (var i = 0; i < profile.Rules.Length; i++)
            {
                var rule = profile.Rules[i];
                if (!rule.Covers(source, destination) || rule.Action is RuleAction.Log or RuleAction.Pass)
                {
                    continue;
                }

                var matched = rule.Connections(source, destination).Intersect(remaining);
                if (matched.IsEmpty)
                {
                    continue;
                }

                remaining = remaining.Except(matched);
                var allow = rule.Action == RuleAction.Allow;
                if (allow)
                {
                    allowed = allowed.Union(matched);
                }

                trace?.Add(new Decision(direction, matched, allow ? Verdict.Allow : Verdict.Deny, DecisionReason.ProfileRule, EnforcementStage.Profile, Profile: profile.Name, ProfileRuleNumber: i + 1));
            }
        }

        return (allowed, remaining);
    }

    private bool RemoteWithin(int remote, Core.Addresses.IpAddressSet net) =>
        IsEndpointPeer(remote)
            ? !Classes[remote].Addresses.IsEmpty && Classes[remote].Addresses.IsSubsetOf(net)
            : AddressClasses[remote - Classes.Length].IsSubsetOf(net);
}
