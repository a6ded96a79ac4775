using System.Collections.Immutable;
using Portcullis.Policies.Model;
using Portcullis.Policies.Selectors;

namespace Portcullis.Policies.Formats.Reading;

/// <summary>Reads Calico NetworkPolicy, GlobalNetworkPolicy, Profile and Tier resources, validating them as calicoctl does.</summary>
internal static class CalicoPolicyReader
{
    public static void Read(Node resource, string kind, ResourceCollector collector)
    {
        var before = collector.Diagnostics.Count;
        resource.RejectUnknownFields($"a Calico {kind}", "apiVersion", "kind", "metadata", "spec");
        // calicoctl output carries names the API would refuse today (upper case); they are read as they are.
        var metadata = Metadata.Read(resource, kind, strict: true, kubernetesNames: false);
        var spec = resource["spec"];
        if (kind == "Tier")
        {
            ReadTier(resource, metadata, spec, collector, before);
            return;
        }

        if (!spec.ExpectMapping($"the spec of a {kind}", required: kind != "Profile"))
        {
            if (kind != "Profile" || !spec.IsMissing)
            {
                return;
            }
        }

        switch (kind)
        {
            case "GlobalNetworkPolicy":
                if (metadata.Namespace is not null)
                {
                    resource["metadata"]["namespace"].Report(PolicyDiagnostics.Inconsistent, "a GlobalNetworkPolicy has no namespace");
                }

                spec.RejectUnknownFields("a GlobalNetworkPolicy spec", "order", "tier", "selector", "namespaceSelector", "serviceAccountSelector", "types", "ingress", "egress", "doNotTrack", "preDNAT", "applyOnForward", "performanceHints");
                break;
            case "NetworkPolicy":
                spec.RejectUnknownFields("a Calico NetworkPolicy spec", "order", "tier", "selector", "serviceAccountSelector", "types", "ingress", "egress", "performanceHints");
                break;
            default:
                if (spec.HasKey("types"))
                {
                    // Some hand-written profiles carry a policy's types; a profile has none, so they change nothing.
                    spec["types"].Report(PolicyDiagnostics.ProfileTypesIgnored);
                }

                spec.RejectUnknownFields("a Profile spec", "ingress", "egress", "labelsToApply", "types");
                break;
        }

        var ns = kind == "NetworkPolicy" ? metadata.Namespace ?? "default" : null;
        var ingress = ReadRules(spec["ingress"], "spec.ingress");
        var egress = ReadRules(spec["egress"], "spec.egress");
        if (kind == "Profile")
        {
            var labels = Metadata.ReadLabels(spec["labelsToApply"], "spec.labelsToApply", strict: true);
            if (metadata.Name is not null && !Problems.ErrorsSince(collector.Diagnostics, before))
            {
                collector.Profiles.Add(new Profile(metadata.Name, labels, [.. ingress], [.. egress], resource.Location));
            }

            return;
        }

        var selector = ReadSelector(spec["selector"], "spec.selector") ?? Selector.All;
        var namespaceSelector = ReadSelector(spec["namespaceSelector"], "spec.namespaceSelector");
        var saSelector = ReadSelector(spec["serviceAccountSelector"], "spec.serviceAccountSelector");
        var order = spec["order"].Number("spec.order");
        var tier = spec["tier"].String("spec.tier") ?? Tier.DefaultName;
        var doNotTrack = spec["doNotTrack"].Boolean("spec.doNotTrack") ?? false;
        var preDnat = spec["preDNAT"].Boolean("spec.preDNAT") ?? false;
        var applyOnForward = spec["applyOnForward"].Boolean("spec.applyOnForward") ?? false;
        var (appliesToIngress, appliesToEgress) = ReadTypes(spec, ingress.Length, egress.Length);
        if (doNotTrack && preDnat)
        {
            spec.Report(PolicyDiagnostics.Inconsistent, "a policy cannot be both doNotTrack and preDNAT");
        }

        if ((doNotTrack || preDnat) && !applyOnForward)
        {
            spec.Report(PolicyDiagnostics.Inconsistent, $"a {(doNotTrack ? "doNotTrack" : "preDNAT")} policy must set applyOnForward: true (it applies to all forwarded traffic)");
        }

        if (preDnat && (appliesToEgress || egress.Length > 0))
        {
            spec.Report(PolicyDiagnostics.Inconsistent, "a preDNAT policy applies to ingress only: it can have neither egress rules nor the Egress type");
        }

        if (metadata.Name is null || Problems.ErrorsSince(collector.Diagnostics, before))
        {
            return;
        }

        collector.AddPolicy(
            new Policy
            {
                Id = new PolicyId(kind == "NetworkPolicy" ? PolicyKind.CalicoNetworkPolicy : PolicyKind.CalicoGlobalNetworkPolicy, ns, metadata.Name),
                Tier = tier,
                Order = order,
                Selector = selector,
                NamespaceSelector = namespaceSelector,
                ServiceAccountSelector = saSelector,
                AppliesToIngress = appliesToIngress,
                AppliesToEgress = appliesToEgress,
                IngressRules = [.. ingress],
                EgressRules = [.. egress],
                DoNotTrack = doNotTrack,
                PreDnat = preDnat,
                ApplyOnForward = applyOnForward,
                Source = resource.Location,
            },
            resource);
    }

    /// <summary>The types, defaulted as Calico does: Ingress with ingress rules or no rules at all, Egress with egress rules.</summary>
    private static (bool Ingress, bool Egress) ReadTypes(Node spec, int ingressRules, int egressRules)
    {
        var node = spec["types"];
        if (node.IsMissing || !node.ExpectSequence("spec.types"))
        {
            return (ingressRules > 0 || egressRules == 0, egressRules > 0);
        }

        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in node.Items())
        {
            if (item.String("a policy type") is { } type)
            {
                if (type is "Ingress" or "Egress")
                {
                    types.Add(type);
                }
                else
                {
                    item.Report(PolicyDiagnostics.InvalidValue, $"policy type '{type}' is not Ingress or Egress");
                }
            }
        }

        if (types.Count == 0)
        {
            return (ingressRules > 0 || egressRules == 0, egressRules > 0);
        }

        if (!types.Contains("Ingress") && ingressRules > 0)
        {
            spec["ingress"].Report(PolicyDiagnostics.Inconsistent, "the policy has ingress rules but its types lack Ingress, so they would never apply");
        }

        if (!types.Contains("Egress") && egressRules > 0)
        {
            spec["egress"].Report(PolicyDiagnostics.Inconsistent, "the policy has egress rules but its types lack Egress, so they would never apply");
        }

        return (types.Contains("Ingress"), types.Contains("Egress"));
    }

    private static ImmutableArray<CalicoRule> ReadRules(Node node, string what)
    {
        if (!node.ExpectSequence(what))
        {
            return [];
        }

        var rules = ImmutableArray.CreateBuilder<CalicoRule>();
        foreach (var item in node.Items())
        {
            if (CalicoRuleReader.Read(item) is { } rule)
            {
                rules.Add(rule);
            }
        }

        return rules.ToImmutable();
    }

    /// <summary>A Calico selector expression; problems are reported at the field.</summary>
    public static Selector? ReadSelector(Node node, string what)
    {
        var text = node.String(what);
        if (text is null)
        {
            return null;
        }

        if (Selector.TryParse(text, out var selector, out var error))
        {
            return selector;
        }

        node.Report(PolicyDiagnostics.InvalidSelector, what, text, SelectorErrorText.Describe(error!));
        return null;
    }

    private static void ReadTier(Node resource, Metadata metadata, Node spec, ResourceCollector collector, int before)
    {
        spec.ExpectMapping("the spec of a Tier");
        spec.RejectUnknownFields("a Tier spec", "order", "defaultAction");
        var order = spec["order"].Number("spec.order");
        var action = spec["defaultAction"].String("spec.defaultAction") switch
        {
            null or "Deny" => RuleAction.Deny,
            "Pass" => RuleAction.Pass,
            var other => Invalid(spec["defaultAction"], other),
        };
        if (metadata.Name is not null && !Problems.ErrorsSince(collector.Diagnostics, before))
        {
            collector.Tiers.Add(new Tier(metadata.Name, order, action));
        }

        _ = resource;
    }

    private static RuleAction Invalid(Node node, string value)
    {
        node.Report(PolicyDiagnostics.InvalidValue, $"defaultAction '{value}' is not Deny or Pass");
        return RuleAction.Deny;
    }
}
