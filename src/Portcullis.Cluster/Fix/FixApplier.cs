using Portcullis.Core.Model;

namespace Portcullis.Cluster.Fix;

/// <summary>Applies a fix plan to a configuration in memory, as the cloud would after the script runs.</summary>
public static class FixApplier
{
    /// <summary>
    /// The configuration with the plan's rules added: ACL rules inserted before their <c>before</c> rule (or
    /// last), priorities renumbered per direction; group rules appended.
    /// </summary>
    public static VpcConfiguration Apply(VpcConfiguration configuration, FixPlan plan)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(plan);
        var aclAdditions = plan.Changes.OfType<AclRuleAddition>().ToLookup(a => a.Acl.Id);
        var groupAdditions = plan.Changes.OfType<SecurityGroupRuleAddition>().ToLookup(a => a.Group.Id);
        var acls = configuration.NetworkAcls.Select(acl =>
        {
            if (!aclAdditions.Contains(acl.Id))
            {
                return acl;
            }

            var rules = acl.Rules.ToList();
            foreach (var addition in aclAdditions[acl.Id])
            {
                var at = addition.Before is { } before ? rules.FindIndex(r => r.Id == before.Id) : -1;
                rules.Insert(at < 0 ? rules.Count : at, addition.Rule);
            }

            return acl with { Rules = NetworkAcl.Numbered(rules) };
        });
        var groups = configuration.SecurityGroups.Select(group => groupAdditions.Contains(group.Id)
            ? group with { Rules = group.Rules.AddRange(groupAdditions[group.Id].Select((a, i) => a.Rule with { Index = group.Rules.Length + i })) }
            : group);
        return configuration with { NetworkAcls = [.. acls], SecurityGroups = [.. groups] };
    }
}
