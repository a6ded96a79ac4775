using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portcullis.Formats.TerraformShow;

/// <summary>
/// Reads the protocol, ports, type and code of the IBM provider's rules in both of its forms, as the provider sends
/// them to the API: the flat <c>protocol</c>, <c>port_min</c>, <c>port_max</c>, <c>source_port_min</c>,
/// <c>source_port_max</c>, <c>type</c>, <c>code</c> of recent versions, and the older nested <c>tcp</c>, <c>udp</c> and
/// <c>icmp</c> blocks, which take precedence when given (the provider lets them override the flat protocol).
/// </summary>
internal static class RuleForms
{
    /// <summary>A network ACL rule, inline (<c>rules</c> of <c>ibm_is_network_acl</c>) or <c>ibm_is_network_acl_rule</c>.</summary>
    /// <param name="rule">The rule's values.</param>
    /// <param name="isDeny">Whether its action is deny: with no protocol the provider then asks for <c>any</c>, not <c>icmp_tcp_udp</c>.</param>
    /// <param name="isConfigured">Whether the configuration writes an attribute (its path below the resource): an unknown value nobody wrote is the API's default.</param>
    public static RuleMatch Acl(TerraformValue rule, bool isDeny, Func<string, bool> isConfigured)
    {
        var fields = new List<RuleField>();
        var unknown = new List<TerraformValue>();
        foreach (var blockName in new[] { "icmp", "tcp", "udp" })
        {
            var block = rule.Block(blockName);
            if (!block.IsObject)
            {
                continue;
            }

            if (blockName == "icmp")
            {
                var type = Number(block.Child("type"), unknown, isConfigured, zeroIsAbsent: false);
                var code = Number(block.Child("code"), unknown, isConfigured, zeroIsAbsent: false);

                // The provider fills the other half of an ICMP block with 0: type 8 alone becomes type 8 code 0.
                Add(fields, "type", type ?? (code is not null ? 0 : null), block.Child("type"));
                Add(fields, "code", code ?? (type is not null ? 0 : null), block.Child("code"));
            }
            else
            {
                // The blocks' ports default to the whole range, as the provider's schema does.
                Add(fields, "destination_port_min", Number(block.Child("port_min"), unknown, isConfigured) ?? 1, block.Child("port_min"));
                Add(fields, "destination_port_max", Number(block.Child("port_max"), unknown, isConfigured) ?? 65535, block.Child("port_max"));
                Add(fields, "source_port_min", Number(block.Child("source_port_min"), unknown, isConfigured) ?? 1, block.Child("source_port_min"));
                Add(fields, "source_port_max", Number(block.Child("source_port_max"), unknown, isConfigured) ?? 65535, block.Child("source_port_max"));
            }

            return new RuleMatch(blockName, rule.Child(blockName), fields, unknown);
        }

        var protocol = Protocol(rule, isDeny, unknown, isConfigured);
        if (protocol is "tcp" or "udp")
        {
            AddNumber(fields, "destination_port_min", rule.Child("port_min"), unknown, isConfigured);
            AddNumber(fields, "destination_port_max", rule.Child("port_max"), unknown, isConfigured);
            AddNumber(fields, "source_port_min", rule.Child("source_port_min"), unknown, isConfigured);
            AddNumber(fields, "source_port_max", rule.Child("source_port_max"), unknown, isConfigured);
        }
        else if (protocol == "icmp")
        {
            AddNumber(fields, "type", rule.Child("type"), unknown, isConfigured, zeroIsAbsent: false);
            AddNumber(fields, "code", rule.Child("code"), unknown, isConfigured, zeroIsAbsent: false);
        }

        return new RuleMatch(protocol, rule.Child("protocol"), fields, unknown);
    }

    /// <summary>An <c>ibm_is_security_group_rule</c>, or a rule of a security group's computed <c>rules</c>.</summary>
    /// <param name="rule">The rule's values.</param>
    /// <param name="isConfigured">Whether the configuration writes an attribute (its path below the resource).</param>
    public static RuleMatch SecurityGroup(TerraformValue rule, Func<string, bool> isConfigured)
    {
        var fields = new List<RuleField>();
        var unknown = new List<TerraformValue>();
        var icmp = rule.Block("icmp");
        if (icmp.IsObject)
        {
            AddNumber(fields, "type", icmp.Child("type"), unknown, isConfigured, zeroIsAbsent: false);
            AddNumber(fields, "code", icmp.Child("code"), unknown, isConfigured, zeroIsAbsent: false);
            return new RuleMatch("icmp", rule.Child("icmp"), fields, unknown);
        }

        foreach (var blockName in new[] { "tcp", "udp" })
        {
            var block = rule.Block(blockName);
            if (block.IsObject)
            {
                Ports(fields, block, unknown, isConfigured, defaultWholeRange: true);
                return new RuleMatch(blockName, rule.Child(blockName), fields, unknown);
            }
        }

        var protocol = Protocol(rule, isDeny: false, unknown, isConfigured);
        if (protocol is "tcp" or "udp")
        {
            Ports(fields, rule, unknown, isConfigured, defaultWholeRange: false);
        }
        else if (protocol == "icmp")
        {
            AddNumber(fields, "type", rule.Child("type"), unknown, isConfigured, zeroIsAbsent: false);
            AddNumber(fields, "code", rule.Child("code"), unknown, isConfigured, zeroIsAbsent: false);
        }

        return new RuleMatch(protocol, rule.Child("protocol"), fields, unknown);
    }

    // A security group rule gives one port for both ends when only one is written, as the provider does.
    private static void Ports(List<RuleField> fields, TerraformValue owner, List<TerraformValue> unknown, Func<string, bool> isConfigured, bool defaultWholeRange)
    {
        var min = Number(owner.Child("port_min"), unknown, isConfigured);
        var max = Number(owner.Child("port_max"), unknown, isConfigured);
        if (min is null && max is null && !defaultWholeRange)
        {
            return;
        }

        Add(fields, "port_min", min ?? max ?? 1, owner.Child("port_min"));
        Add(fields, "port_max", max ?? min ?? 65535, owner.Child("port_max"));
    }

    private static string? Protocol(TerraformValue rule, bool isDeny, List<TerraformValue> unknown, Func<string, bool> isConfigured)
    {
        var protocol = rule.Child("protocol");
        if (protocol.IsUnknown)
        {
            if (isConfigured(protocol.AttributePath))
            {
                unknown.Add(protocol);
                return null;
            }
        }
        else if (protocol.String is { } name)
        {
            return name;
        }

        // Nothing written: the provider asks for every ICMP, TCP and UDP packet, or for every protocol in a deny rule;
        // providers older than the flat attributes wrote nothing, and the API then stored "all".
        var attributeExists = protocol.IsUnknown || protocol.Value.ValueKind != JsonValueKind.Undefined;
        return !attributeExists ? "all" : isDeny ? "any" : "icmp_tcp_udp";
    }

    private static void AddNumber(List<RuleField> fields, string apiName, TerraformValue value, List<TerraformValue> unknown, Func<string, bool> isConfigured, bool zeroIsAbsent = true)
    {
        if (value.IsUnknown)
        {
            Number(value, unknown, isConfigured, zeroIsAbsent);
            return;
        }

        if (value.IsNull || (zeroIsAbsent && value.Integer == 0))
        {
            return;
        }

        // A value of another type goes through as written, for the API reader to report where it is.
        fields.Add(new RuleField(apiName, value.Integer is { } n ? JsonValue.Create(n) : JsonNode.Parse(value.Value.GetRawText())!, value));
    }

    private static long? Number(TerraformValue value, List<TerraformValue> unknown, Func<string, bool> isConfigured, bool zeroIsAbsent = true)
    {
        if (value.IsUnknown)
        {
            if (isConfigured(value.AttributePath))
            {
                unknown.Add(value);
            }

            return null;
        }

        var number = value.Integer;
        return zeroIsAbsent && number == 0 ? null : number;
    }

    private static void Add(List<RuleField> fields, string apiName, long? value, TerraformValue source)
    {
        if (value is { } n)
        {
            fields.Add(new RuleField(apiName, JsonValue.Create(n), source));
        }
    }
}
