using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Formats.TerraformShow;

namespace Portcullis.Formats.Configuration;

/// <summary>
/// Applies the rules and targets a Terraform file manages for network ACLs and security groups it does not hold (a
/// separate <c>ibm_is_network_acl_rule</c> on a collected ACL) to those ACLs and groups.
/// </summary>
internal static class PatchApplier
{
    public static VpcConfiguration Apply(VpcConfiguration configuration, IReadOnlyList<ParentPatch> patches, DiagnosticBag diagnostics)
    {
        if (patches.Count == 0)
        {
            return configuration;
        }

        var acls = configuration.NetworkAcls.ToList();
        var groups = configuration.SecurityGroups.ToList();
        foreach (var patch in patches)
        {
            if (patch.IsAcl)
            {
                var index = acls.FindIndex(a => a.Id == patch.ParentId || a.Crn == patch.ParentId);
                if (index < 0)
                {
                    Missing(patch, "network ACL", diagnostics);
                    continue;
                }

                var acl = acls[index];
                var placements = patch.Placements.ToDictionary(p => p.RuleId, StringComparer.Ordinal);
                var mine = patch.AclRules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
                var kept = acl.Rules.Where(r => !patch.RemovedRuleIds.Contains(r.Id) && !mine.Contains(r.Id));
                acls[index] = AclRuleOrder.Arrange(acl, kept, patch.AclRules, placements, placement =>
                    diagnostics.Report(ConfigurationDiagnostics.BeforeNotFound, patch.AclRules.FirstOrDefault(r => r.Id == placement.RuleId)?.Location, "rule", $"network ACL {acl.Name}"));
            }
            else
            {
                var index = groups.FindIndex(g => g.Id == patch.ParentId || g.Crn == patch.ParentId);
                if (index < 0)
                {
                    Missing(patch, "security group", diagnostics);
                    continue;
                }

                var group = groups[index];
                var mine = patch.GroupRules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
                var rules = group.Rules.Where(r => !patch.RemovedRuleIds.Contains(r.Id) && !mine.Contains(r.Id)).Concat(patch.GroupRules)
                    .Select((rule, i) => rule.Index == i ? rule : rule with { Index = i });
                groups[index] = group with { Rules = [.. rules], TargetIds = [.. group.TargetIds.Union(patch.TargetIds, StringComparer.Ordinal)] };
            }
        }

        return configuration with { NetworkAcls = [.. acls], SecurityGroups = [.. groups] };
    }

    private static void Missing(ParentPatch patch, string kind, DiagnosticBag diagnostics)
    {
        diagnostics.Report(ConfigurationDiagnostics.ParentNotInConfigurations, patch.Location, patch.Location?.Path ?? "a resource", kind, patch.ParentId);
    }
}
