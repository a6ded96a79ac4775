using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Formats.TerraformShow;

namespace Portcullis.Formats.Configuration;

/// <summary>
/// Applies the rules, targets and routes a Terraform file manages for network ACLs, security groups and routing tables
/// it does not hold (a separate <c>ibm_is_network_acl_rule</c> on a collected ACL, a route of a VPC's default table)
/// to those parents.
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
        var tables = configuration.RoutingTables.ToList();
        foreach (var patch in patches)
        {
            switch (patch.Kind)
            {
                case ResourceKind.NetworkAcl:
                    PatchAcl(acls, patch, diagnostics);
                    break;
                case ResourceKind.SecurityGroup:
                    PatchGroup(groups, patch, diagnostics);
                    break;
                default:
                    PatchRoutingTable(tables, patch, diagnostics);
                    break;
            }
        }

        return configuration with { NetworkAcls = [.. acls], SecurityGroups = [.. groups], RoutingTables = [.. tables] };
    }

    private static void PatchAcl(List<NetworkAcl> acls, ParentPatch patch, DiagnosticBag diagnostics)
    {
        var index = acls.FindIndex(a => a.Id == patch.ParentId || a.Crn == patch.ParentId);
        if (index < 0)
        {
            Missing(patch, "network ACL", diagnostics);
            return;
        }

        var acl = acls[index];
        var placements = patch.Placements.ToDictionary(p => p.RuleId, StringComparer.Ordinal);
        var mine = patch.AclRules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var kept = acl.Rules.Where(r => !patch.RemovedRuleIds.Contains(r.Id) && !mine.Contains(r.Id));
        acls[index] = AclRuleOrder.Arrange(acl, kept, patch.AclRules, placements, placement =>
            diagnostics.Report(ConfigurationDiagnostics.BeforeNotFound, patch.AclRules.FirstOrDefault(r => r.Id == placement.RuleId)?.Location, "rule", $"network ACL {acl.Name}"));
    }

    private static void PatchGroup(List<SecurityGroup> groups, ParentPatch patch, DiagnosticBag diagnostics)
    {
        var index = groups.FindIndex(g => g.Id == patch.ParentId || g.Crn == patch.ParentId);
        if (index < 0)
        {
            Missing(patch, "security group", diagnostics);
            return;
        }

        var group = groups[index];
        var mine = patch.GroupRules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var rules = group.Rules.Where(r => !patch.RemovedRuleIds.Contains(r.Id) && !mine.Contains(r.Id)).Concat(patch.GroupRules)
            .Select((rule, i) => rule.Index == i ? rule : rule with { Index = i });
        groups[index] = group with { Rules = [.. rules], TargetIds = [.. group.TargetIds.Union(patch.TargetIds, StringComparer.Ordinal)] };
    }

    // A table's routes are known by name (the API keeps them unique in a table); the order of routes decides nothing.
    private static void PatchRoutingTable(List<RoutingTable> tables, ParentPatch patch, DiagnosticBag diagnostics)
    {
        var index = tables.FindIndex(t => t.Id == patch.ParentId);
        if (index < 0)
        {
            Missing(patch, "routing table", diagnostics);
            return;
        }

        var table = tables[index];
        var mine = patch.Routes.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var routes = table.Routes.Where(r => !patch.RemovedRuleIds.Contains(r.Name) && !mine.Contains(r.Name)).Concat(patch.Routes);
        tables[index] = table with { Routes = [.. routes] };
    }

    private static void Missing(ParentPatch patch, string kind, DiagnosticBag diagnostics)
    {
        diagnostics.Report(ConfigurationDiagnostics.ParentNotInConfigurations, patch.Location, patch.Location?.Path ?? "a resource", kind, patch.ParentId);
    }
}
