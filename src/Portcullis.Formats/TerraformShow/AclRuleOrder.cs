using Portcullis.Core.Model;

namespace Portcullis.Formats.TerraformShow;

/// <summary>Places an ACL's separately managed rules by their <c>before</c>, and numbers the priorities again.</summary>
internal static class AclRuleOrder
{
    /// <summary>
    /// The ACL with <paramref name="fixedRules"/> in their order and each of <paramref name="placedRules"/> inserted
    /// before the rule its placement names; priorities count from 1 in each direction, as the API's order gives them.
    /// </summary>
    public static NetworkAcl Arrange(NetworkAcl acl, IEnumerable<NetworkAclRule> fixedRules, IReadOnlyList<NetworkAclRule> placedRules, IReadOnlyDictionary<string, RulePlacement> placements, Action<RulePlacement> notFound)
    {
        var ordered = BeforeOrder.Arrange(fixedRules, placedRules, r => r.Id, r => placements.GetValueOrDefault(r.Id)?.BeforeId, r => notFound(placements[r.Id]));
        var priorities = new Dictionary<TrafficDirection, int>();
        var numbered = ordered.Select(rule =>
        {
            var priority = priorities[rule.Direction] = priorities.GetValueOrDefault(rule.Direction) + 1;
            return rule.Priority == priority ? rule : rule with { Priority = priority };
        });
        return acl with { Rules = [.. numbered] };
    }
}
