using System.Text.Json.Nodes;
using Portcullis.Core.Addresses;

namespace Portcullis.Formats.TerraformShow;

internal sealed partial class TerraformTranslator
{
    private void TranslateSecurityGroups()
    {
        var separate = Of("ibm_is_security_group_rule")
            .Select(r => (Resource: r, Group: Reference(r, r["group"], "the rule is left out")))
            .Where(r => r.Group is not null).Select(r => (r.Resource, Group: r.Group!)).ToList();
        var targets = Of("ibm_is_security_group_target")
            .Select(t => (Resource: t, Group: Reference(t, t["security_group"], "the target is ignored"), Target: Reference(t, t["target"], "the target is ignored")))
            .Where(t => t.Group is not null && t.Target is not null).Select(t => (t.Resource, Group: t.Group!, Target: t.Target!)).ToList();

        // A group's computed "rules" list every rule the API had, those of separate resources too; a separate resource
        // says what the plan makes of its rule, so its entry (found by rule id, or else by what it matches) gives way.
        var managedIds = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var managedShapes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        void Manage(string group, string? ruleId, string? shape)
        {
            Add(managedIds, group, ruleId);
            Add(managedShapes, group, shape);
        }

        foreach (var (rule, group) in separate)
        {
            Manage(group, rule["rule_id"].String, Shape(rule, rule.Values));
            if (rule.Prior.IsObject)
            {
                Manage(group, rule.Prior["rule_id"].String, Shape(null, rule.Prior));
                if (rule.Prior["rule_id"].String is { } prior && prior != rule["rule_id"].String)
                {
                    _result.Removed(group, prior);
                }
            }
        }

        foreach (var deleted in _document.Deleted.Where(d => d.Type == "ibm_is_security_group_rule"))
        {
            if (deleted.Prior["group"].String is { } group)
            {
                Manage(group, deleted.Prior["rule_id"].String, Shape(null, deleted.Prior));
                if (deleted.Prior["rule_id"].String is { } ruleId)
                {
                    _result.Removed(group, ruleId);
                }
            }
        }

        var apis = new Dictionary<string, ApiObject>(StringComparer.Ordinal);
        foreach (var group in Of("ibm_is_security_group"))
        {
            var id = IdOf(group);
            var vpc = Reference(group, group["vpc"], "the group is left out");
            if (vpc is null)
            {
                _leftOut.Add(id);
                continue;
            }

            var api = Add("security_groups", group)
                .Set("id", id, group["id"])
                .Set("crn", group["crn"].String, group["crn"])
                .Set("name", NameOf(group), group["name"])
                .SetRef("vpc", vpc, group["vpc"]);
            SetResourceGroup(api, group);
            apis[id] = api;
            foreach (var (rule, index) in group["rules"].Items().Select((r, i) => (r, i)))
            {
                if (!managedShapes.GetValueOrDefault(id)?.Contains(Shape(null, rule)) ?? true)
                {
                    AppendGroupRule(api, group, rule, $"{id}.rules[{index}]", rule, computed: true);
                }
            }
        }

        // A VPC lists its groups with their rules (the default group, and those IKS makes): the ones no resource
        // manages are written from that list, as the VPC saw them; a group the plan deletes or replaces is gone.
        var gone = Of("ibm_is_security_group").Select(g => g.Prior["id"].String)
            .Concat(_document.Deleted.Where(d => d.Type == "ibm_is_security_group").Select(d => d.Prior["id"].String))
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var vpc in Of("ibm_is_vpc"))
        {
            foreach (var listed in vpc["security_group"].Items())
            {
                var id = listed.Child("group_id").String;
                if (id is null || apis.ContainsKey(id) || gone.Contains(id))
                {
                    continue;
                }

                var api = Add("security_groups", vpc, listed).Set("id", id, listed.Child("group_id")).Set("name", listed.Child("group_name").String ?? id, listed.Child("group_name")).SetRef("vpc", IdOf(vpc), vpc["id"]);
                apis[id] = api;
                var managed = managedIds.ContainsKey(id) || targets.Any(t => t.Group == id);
                if (!managed)
                {
                    _result.ObservedIds.Add(id);
                }

                foreach (var rule in listed.Child("rules").Items())
                {
                    var ruleId = rule.Child("rule_id").String;
                    if ((ruleId is null || !(managedIds.GetValueOrDefault(id)?.Contains(ruleId) ?? false))
                        && !(managedShapes.GetValueOrDefault(id)?.Contains(Shape(null, rule)) ?? false))
                    {
                        AppendGroupRule(api, vpc, rule, ruleId ?? $"{id}.{rule.AttributePath}", rule.Child("rule_id"), computed: true);
                    }
                }
            }
        }

        foreach (var (rule, group) in separate)
        {
            if (_leftOut.Contains(group))
            {
                continue;
            }

            var api = apis.GetValueOrDefault(group) ?? CarryGroup(apis, rule, group);
            AppendGroupRule(api, rule, rule.Values, IdOf(rule, "rule_id"), rule["rule_id"], computed: false);
        }

        foreach (var (target, group, targetId) in targets)
        {
            if (!_leftOut.Contains(group))
            {
                var api = apis.GetValueOrDefault(group) ?? CarryGroup(apis, target, group);
                api.Append("targets", target["target"], target.Address).Set("id", targetId, target["target"]);
            }
        }

        foreach (var (group, _) in _result.RemovedRuleIds.Where(r => !apis.ContainsKey(r.Key) && !_leftOut.Contains(r.Key) && !_result.CarrierAclIds.Contains(r.Key)).ToList())
        {
            if (_document.Deleted.FirstOrDefault(d => d.Type == "ibm_is_security_group_rule" && d.Prior["group"].String == group) is { } deleted)
            {
                CarryGroup(apis, deleted, group);
            }
        }
    }

    private ApiObject CarryGroup(Dictionary<string, ApiObject> apis, TerraformResource child, string group)
    {
        var api = apis[group] = Carrier("security_groups", child, group);
        _result.CarrierGroupIds.Add(group);
        return api;
    }

    /// <summary>Writes one security group rule; an allow-only rule whose match is not known is left out.</summary>
    private void AppendGroupRule(ApiObject group, TerraformResource owner, TerraformValue rule, string ruleId, TerraformValue idSource, bool computed)
    {
        var match = RuleForms.SecurityGroup(rule, path => !computed && _references.IsConfigured(owner, path));
        var direction = rule.Child("direction");
        var remote = Remote(owner, rule.Child("remote"));
        var local = Local(owner, rule.Child("local"));
        var unknown = match.Unknown.Concat(new[] { direction }.Where(v => v.IsUnknown)).ToList();
        foreach (var value in unknown)
        {
            Unknown(owner, value, "the rule is left out (an unknown value never adds connectivity)");
        }

        if (unknown.Count > 0 || remote.Unresolved || local.Unresolved)
        {
            return;
        }

        var item = group.Append("rules", rule, owner.Address)
            .Set("id", ruleId, idSource)
            .Set("name", rule.Child("name").String, rule.Child("name"))
            .Set("direction", Raw(direction), direction)
            .Set("protocol", match.Protocol, match.ProtocolSource)
            .Set("remote", remote.Node, rule.Child("remote"))
            .Set("local", local.Node, rule.Child("local"));
        foreach (var field in match.Fields)
        {
            item.Set(field.ApiName, field.Value.DeepClone(), field.Source);
        }
    }

    // The provider's remote is one string: an address, a CIDR block, or a security group's id.
    private (JsonObject? Node, bool Unresolved) Remote(TerraformResource owner, TerraformValue remote)
    {
        var text = remote.IsUnknown ? Reference(owner, remote, "the rule is left out (an unknown value never adds connectivity)") : remote.String;
        if (text is null)
        {
            return (null, remote.IsUnknown);
        }

        return (AddressOrCidr(text) ?? (text.StartsWith("crn:", StringComparison.Ordinal) ? new JsonObject { ["crn"] = text } : new JsonObject { ["id"] = text }), false);
    }

    private (JsonObject? Node, bool Unresolved) Local(TerraformResource owner, TerraformValue local)
    {
        if (local.IsUnknown)
        {
            if (_references.IsConfigured(owner, local.AttributePath))
            {
                Unknown(owner, local, "the rule is left out (an unknown value never adds connectivity)");
                return (null, true);
            }

            return (null, false);
        }

        // Anything else is written as an address, for the API reader to report if it is not one.
        return local.String is { } text ? (AddressOrCidr(text) ?? new JsonObject { ["address"] = text }, false) : (null, false);
    }

    private static JsonObject? AddressOrCidr(string text) =>
        text.Contains('/', StringComparison.Ordinal) ? IpPrefix.TryParse(text, out _) ? new JsonObject { ["cidr_block"] = text } : null
        : IpAddress.TryParse(text, out _) ? new JsonObject { ["address"] = text } : null;

    /// <summary>What a security group rule matches, as one string: how a group's computed rules and a separate resource's rule are found to be one rule.</summary>
    private static string Shape(TerraformResource? owner, TerraformValue rule)
    {
        var match = RuleForms.SecurityGroup(rule, _ => owner is not null);
        var protocol = match.Protocol == "all" ? "icmp_tcp_udp" : match.Protocol;
        var fields = string.Join(",", match.Fields.OrderBy(f => f.ApiName, StringComparer.Ordinal).Select(f => $"{f.ApiName}={f.Value.ToJsonString()}"));
        var remote = rule.Child("remote").IsUnknown ? "(unknown)" : rule.Child("remote").String ?? "0.0.0.0/0";
        var local = rule.Child("local").String is { } l && l != "0.0.0.0/0" ? l : string.Empty;
        return $"{rule.Child("direction").String}|{protocol}|{fields}|{remote}|{local}";
    }

    private static void Add(Dictionary<string, HashSet<string>> sets, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (!sets.TryGetValue(key, out var set))
        {
            sets[key] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(value);
    }
}
