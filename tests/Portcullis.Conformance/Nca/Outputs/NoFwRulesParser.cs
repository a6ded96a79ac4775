using Portcullis.Policies.Model;

namespace Portcullis.Conformance.Nca.Outputs;

/// <summary>Reads NCA's txt_no_fw_rules lines (<c>ns/workload[Kind] =&gt; ns/workload[Kind] : conn</c>) into fw-rules over a configuration's endpoints.</summary>
public static class NoFwRulesParser
{
    /// <summary>The name NCA gives an endpoint in txt_no_fw_rules output.</summary>
    public static string NameOf(Endpoint endpoint)
    {
        if (endpoint.IsHost)
        {
            return endpoint.Name;
        }

        var name = endpoint.Owner is { Kind: "ReplicaSet" } owner ? $"{endpoint.Namespace}/{owner.Name}(ReplicaSet)" : NcaWorkloads.WorkloadName(endpoint);
        return name.Replace('(', '[').Replace(')', ']');
    }

    public static List<FwRule> Parse(string text, IReadOnlyList<Endpoint> endpoints)
    {
        var rules = new List<FwRule>();
        string? section = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var arrow = line.IndexOf(" => ", StringComparison.Ordinal);
            var colon = line.LastIndexOf(" : ", StringComparison.Ordinal);
            if (arrow < 0 || colon < arrow)
            {
                if (line.Trim().EndsWith(':'))
                {
                    section = line.Trim();
                }

                continue;
            }

            rules.Add(new FwRule(Side(line[..arrow], endpoints), Side(line[(arrow + 4)..colon], endpoints), NcaConnections.ParseText(line[(colon + 3)..]), section));
        }

        return rules;
    }

    private static FwSide Side(string text, IReadOnlyList<Endpoint> endpoints)
    {
        var matches = endpoints.Where(e => NameOf(e) == text).ToList();
        if (matches.Count > 0)
        {
            // Encode as namespaces plus a name list only these endpoints carry.
            return new FwSide([.. matches.Select(m => m.Namespace ?? "None").Distinct()], string.Join(", ", matches.Select(m => m.Name).Distinct()), null) { };
        }

        try
        {
            return new FwSide([], null, FwRuleParser.ParseBlock(text));
        }
        catch (FormatException)
        {
            throw new FormatException($"'{text}' names no endpoint of the configuration");
        }
    }
}
