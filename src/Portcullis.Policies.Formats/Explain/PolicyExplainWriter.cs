using System.Collections.Immutable;
using System.Globalization;
using Portcullis.Formats.Json;
using Portcullis.Policies.Evaluation;
using Portcullis.Policies.Formats.Text;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Formats.Explain;

/// <summary>Words an explanation: for each side, which policy and rule (or default) decides which connections, in Calico's order.</summary>
public static partial class PolicyExplainWriter
{
    /// <summary>Writes the explanations; <paramref name="policies"/> gives orders and locations.</summary>
    public static void Write(ImmutableArray<PairExplanation> explanations, IReadOnlyList<Policy> policies, PolicyExplainFormat format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(output);
        var byId = policies.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First());
        if (format == PolicyExplainFormat.Json)
        {
            WriteJson(explanations, byId, output);
            return;
        }

        var first = true;
        foreach (var explanation in explanations)
        {
            if (!first)
            {
                output.WriteLine();
            }

            first = false;
            var verdict = explanation.Allowed.IsEmpty ? "Blocked" : explanation.Allowed.Equals(explanation.Asked) ? "Allowed" : "Partly allowed";
            output.WriteLine($"{verdict}: {PolicyText.Peer(explanation.Source)} => {PolicyText.Peer(explanation.Destination)}");
            output.WriteLine($"  asked:   {PolicyText.Connections(explanation.Asked)}");
            output.WriteLine($"  allowed: {PolicyText.Connections(explanation.Allowed)}");
            WriteSide(output, "Egress", explanation.Source, explanation.Egress, byId);
            WriteSide(output, "Ingress", explanation.Destination, explanation.Ingress, byId);
        }
    }

    private static void WriteSide(TextWriter output, string title, PolicyPeer peer, ImmutableArray<Decision> decisions, Dictionary<PolicyId, Policy> policies)
    {
        output.WriteLine($"{title} of {PolicyText.Peer(peer)}:");
        if (!peer.IsEndpoint)
        {
            output.WriteLine("  not policed (external addresses)");
            return;
        }

        foreach (var decision in decisions)
        {
            var verb = decision.Verdict switch
            {
                Verdict.Allow => "allow",
                Verdict.Deny => "deny ",
                _ => "pass ",
            };
            output.WriteLine($"  {verb} {PolicyText.Connections(decision.Connections)}: {Reason(decision, peer, policies)}");
        }
    }

    /// <summary>Why a decision was taken, in words.</summary>
    public static string Reason(Decision decision, PolicyPeer endpoint, IReadOnlyDictionary<PolicyId, Policy> policies)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(policies);
        var direction = PolicyText.Direction(decision.Direction);
        var isHost = endpoint.Endpoint?.IsHost ?? false;
        return decision.Reason switch
        {
            DecisionReason.Rule when decision.Rule is { } rule => $"{PolicyText.Rule(rule)}{Where(decision, policies)}",
            DecisionReason.EndOfTier => $"policies of tier {SafeText.Of(decision.Tier)} select it for {direction} (the last: {(decision.Policy is { } last ? PolicyText.Policy(last) : "?")}) and none of their rules matched{(decision.Verdict == Verdict.Pass ? "; the tier passes what it leaves undecided" : ", so the tier denies it")}",
            DecisionReason.NoPolicy when decision.Profile is { } profile => $"no policy selects it for {direction}; its profile {SafeText.Of(profile)} allows everything",
            DecisionReason.NoPolicy => isHost
                ? $"no policy selects this host endpoint for {direction}: Calico denies what no policy allows"
                : $"no policy selects it for {direction}: Kubernetes and Calico allow what no policy restricts",
            DecisionReason.AfterPass when decision.Profile is { } profile => $"passed every tier; its profile {SafeText.Of(profile)} allows everything",
            DecisionReason.AfterPass => isHost ? "passed every tier, and a host endpoint without a profile denies it" : "passed every tier, and a workload's namespace profile allows it",
            DecisionReason.Failsafe => "a Felix failsafe port of host endpoints (open whatever the policies say)",
            DecisionReason.ProfileRule => $"rule {decision.ProfileRuleNumber} of profile {SafeText.Of(decision.Profile)}",
            DecisionReason.ProfileEnd => "no policy and no rule of its profiles allow it",
            _ => decision.Reason.ToString(),
        };
    }

    private static string Where(Decision decision, IReadOnlyDictionary<PolicyId, Policy> policies)
    {
        var parts = new List<string>();
        if (decision.Stage is EnforcementStage.Untracked or EnforcementStage.PreDnat)
        {
            parts.Add(decision.Stage == EnforcementStage.Untracked ? "untracked policy" : "pre-DNAT policy");
        }

        if (decision.Tier is { } tier && tier != Tier.DefaultName)
        {
            parts.Add($"tier {SafeText.Of(tier)}");
        }

        if (decision.Policy is { } id && policies.TryGetValue(id, out var policy))
        {
            parts.Add(policy.EffectiveOrder is { } order ? $"order {order.ToString(CultureInfo.InvariantCulture)}" : "no order (last)");
            if (policy.Source is { } source)
            {
                parts.Add($"at {SafeText.Of(source.ToString())}");
            }
        }

        return parts.Count == 0 ? "" : $" ({string.Join(", ", parts)})";
    }

    private static void WriteJson(ImmutableArray<PairExplanation> explanations, Dictionary<PolicyId, Policy> policies, TextWriter output) =>
        JsonText.Write(output, json =>
        {
            json.WriteStartArray();
            foreach (var explanation in explanations)
            {
                json.WriteStartObject();
                json.WriteString("source", PolicyText.Peer(explanation.Source));
                json.WriteString("destination", PolicyText.Peer(explanation.Destination));
                json.WriteString("asked", PolicyText.Connections(explanation.Asked));
                json.WriteString("allowed", PolicyText.Connections(explanation.Allowed));
                foreach (var (name, peer, decisions) in new[] { ("egress", explanation.Source, explanation.Egress), ("ingress", explanation.Destination, explanation.Ingress) })
                {
                    json.WriteStartArray(name);
                    foreach (var decision in decisions)
                    {
                        json.WriteStartObject();
                        json.WriteString("verdict", decision.Verdict.ToString().ToLowerInvariant());
                        json.WriteString("connections", PolicyText.Connections(decision.Connections));
                        json.WriteString("reason", decision.Reason.ToString());
                        json.WriteString("stage", decision.Stage.ToString());
                        if (decision.Tier is { } tier)
                        {
                            json.WriteString("tier", tier);
                        }

                        if (decision.Policy is { } policy)
                        {
                            json.WriteString("policyKind", policy.Kind.ToString());
                            json.WriteString("policy", policy.FullName);
                        }

                        if (decision.Rule is { } rule)
                        {
                            json.WriteNumber("rule", rule.Number);
                        }

                        if (decision.Profile is { } profile)
                        {
                            json.WriteString("profile", profile);
                        }

                        json.WriteString("explanation", Reason(decision, peer, policies));
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
}
