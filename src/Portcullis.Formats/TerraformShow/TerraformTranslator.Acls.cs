namespace Portcullis.Formats.TerraformShow;

internal sealed partial class TerraformTranslator
{
    private const string NoVpc = "-";

    private void TranslateAcls()
    {
        var separate = Of("ibm_is_network_acl_rule")
            .Select(r => (Resource: r, Acl: Reference(r, r["network_acl"], "the rule is left out")))
            .Where(r => r.Acl is not null)
            .Select(r => (r.Resource, Acl: r.Acl!))
            .ToList();

        // The rules separate resources manage, as each ACL's own "rules" lists them (it shows every rule the API had):
        // those entries are replaced by the resources, which say what the plan makes of them.
        var managed = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        void Manage(string acl, string? ruleId)
        {
            if (ruleId is null)
            {
                return;
            }

            if (!managed.TryGetValue(acl, out var ids))
            {
                managed[acl] = ids = new HashSet<string>(StringComparer.Ordinal);
            }

            ids.Add(ruleId);
        }

        foreach (var (rule, acl) in separate)
        {
            Manage(acl, rule["rule_id"].String);
            var prior = rule.Prior["rule_id"].String;
            Manage(acl, prior);
            if (prior is not null && prior != rule["rule_id"].String)
            {
                _result.Removed(acl, prior); // replaced: the old rule goes
            }
        }

        foreach (var deleted in _document.Deleted.Where(d => d.Type == "ibm_is_network_acl_rule"))
        {
            if (deleted.Prior["network_acl"].String is { } acl && deleted.Prior["rule_id"].String is { } ruleId)
            {
                Manage(acl, ruleId);
                _result.Removed(acl, ruleId);
            }
        }

        var apis = new Dictionary<string, ApiObject>(StringComparer.Ordinal);
        foreach (var acl in Of("ibm_is_network_acl"))
        {
            var id = IdOf(acl);
            var vpc = Reference(acl, acl["vpc"], "the ACL is left out");
            if (vpc is null)
            {
                _leftOut.Add(id);
                continue;
            }

            var api = Add("network_acls", acl)
                .Set("id", id, acl["id"])
                .Set("crn", acl["crn"].String, acl["crn"])
                .Set("name", NameOf(acl), acl["name"])
                .SetRef("vpc", vpc, acl["vpc"]);
            SetResourceGroup(api, acl);
            apis[id] = api;
            var rules = acl["rules"];
            if (rules.IsUnknown && _references.IsConfigured(acl, "rules"))
            {
                Unknown(acl, rules, "the ACL is taken to have no inline rules, so it denies what no separate rule allows");
            }

            // The provider clears the rules the API gives a new ACL and writes the inline ones, in order.
            var own = managed.GetValueOrDefault(id);
            var items = rules.Items();
            for (var i = 0; i < items.Count; i++)
            {
                var ruleId = items[i].Child("id").String ?? $"{acl.Address}.rules[{i}]";
                if (own is null || !own.Contains(ruleId))
                {
                    AppendAclRule(api, acl, items[i], ruleId, items[i].Child("id"));
                }
            }
        }

        foreach (var (rule, acl) in separate)
        {
            if (_leftOut.Contains(acl))
            {
                continue;
            }

            if (!apis.TryGetValue(acl, out var api))
            {
                // The ACL is not in this file; a collected configuration given beside it may hold it.
                api = apis[acl] = Carrier("network_acls", rule, acl);
                _result.CarrierAclIds.Add(acl);
            }

            var ruleId = IdOf(rule, "rule_id");
            if (AppendAclRule(api, rule, rule.Values, ruleId, rule["rule_id"]))
            {
                if (!_result.Placements.TryGetValue(acl, out var placements))
                {
                    _result.Placements[acl] = placements = [];
                }

                placements.Add(new RulePlacement(ruleId, Before(rule), rule.Address));
            }
        }

        foreach (var (acl, removed) in _result.RemovedRuleIds.Where(r => !apis.ContainsKey(r.Key) && !_leftOut.Contains(r.Key)).ToList())
        {
            // Rules the plan deletes from an ACL it does not otherwise touch.
            if (_document.Deleted.FirstOrDefault(d => d.Type == "ibm_is_network_acl_rule" && d.Prior["network_acl"].String == acl) is { } deleted)
            {
                apis[acl] = Carrier("network_acls", deleted, acl);
                _result.CarrierAclIds.Add(acl);
            }
        }
    }

    /// <summary>An object standing for a parent this file does not hold, carrying its rules to a configuration that does.</summary>
    private ApiObject Carrier(string collection, TerraformResource child, string parentId) =>
        Add(collection, child).Set("id", parentId).Set("name", parentId).SetRef("vpc", NoVpc);

    private string? Before(TerraformResource rule)
    {
        var before = rule["before"];
        if (before.String is { } known)
        {
            return known == "null" ? null : LastSegment(known); // "null" moves the rule to the end
        }

        return before.IsUnknown && _references.IsConfigured(rule, "before")
            ? Reference(rule, before, "the rule is placed at the end of the list")
            : null;
    }

    /// <summary>Writes one ACL rule; returns false when it is left out because an allow rule's match is not known.</summary>
    private bool AppendAclRule(ApiObject acl, TerraformResource owner, TerraformValue rule, string ruleId, TerraformValue idSource)
    {
        var action = rule.Child("action");
        var direction = rule.Child("direction");
        var source = rule.Child("source");
        var destination = rule.Child("destination");
        var isDeny = action.String == "deny" || action.IsUnknown;
        var match = RuleForms.Acl(rule, isDeny, path => _references.IsConfigured(owner, path));
        var unknown = match.Unknown.Concat(new[] { source, destination, direction }.Where(v => v.IsUnknown)).ToList();
        if (action.IsUnknown)
        {
            Unknown(owner, action, "the rule is taken to deny what it matches (an unknown value never adds connectivity)");
        }

        if (unknown.Count > 0 && !isDeny)
        {
            foreach (var value in unknown)
            {
                Unknown(owner, value, "the allow rule is left out (an unknown value never adds connectivity)");
            }

            return false;
        }

        foreach (var value in unknown)
        {
            Unknown(owner, value, $"the deny rule is taken to match every {Describe(value)} (an unknown value never adds connectivity)");
        }

        // A deny rule whose direction is unknown denies in both directions.
        string?[] directions = direction.String is { } d ? [d] : direction.IsUnknown ? ["inbound", "outbound"] : [Raw(direction)?.ToJsonString()];
        foreach (var way in directions)
        {
            var item = acl.Append("rules", rule, owner.Address)
                .Set("id", directions.Length > 1 ? $"{ruleId} ({way})" : ruleId, idSource)
                .Set("name", rule.Child("name").String, rule.Child("name"))
                .Set("action", isDeny ? "deny" : action.String, action)
                .Set("direction", way, direction)
                .Set("source", source.IsUnknown ? "0.0.0.0/0" : Raw(source), source)
                .Set("destination", destination.IsUnknown ? "0.0.0.0/0" : Raw(destination), destination)
                .Set("protocol", match.Protocol ?? "any", match.ProtocolSource);
            if (match.Protocol is not null)
            {
                foreach (var field in match.Fields)
                {
                    item.Set(field.ApiName, field.Value.DeepClone(), field.Source);
                }
            }
        }

        return true;
    }

    private static string Describe(TerraformValue value)
    {
        var name = value.AttributePath.Split('.')[^1];
        return name switch
        {
            "source" or "destination" or "remote" => $"{name} address",
            "protocol" => "protocol",
            "direction" => "direction",
            _ => name.Replace('_', ' '),
        };
    }

    /// <summary>A value as written: a string as itself, anything else as its JSON (for the API reader to judge and report).</summary>
    private static System.Text.Json.Nodes.JsonNode? Raw(TerraformValue value) =>
        value.IsNull ? null : value.Value.ValueKind == System.Text.Json.JsonValueKind.String
            ? System.Text.Json.Nodes.JsonValue.Create(value.Value.GetString())
            : System.Text.Json.Nodes.JsonNode.Parse(value.Value.GetRawText());
}
