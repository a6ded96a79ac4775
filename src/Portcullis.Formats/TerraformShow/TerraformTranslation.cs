using System.Text.Json.Nodes;

namespace Portcullis.Formats.TerraformShow;

/// <summary>What the translator wrote, and what the VPC API document cannot say: rule order by <c>before</c>, rules of
/// objects the file does not hold, and which objects the configuration only observes.</summary>
internal sealed class TerraformTranslation
{
    /// <summary>The VPC API document (the collector's format).</summary>
    public JsonObject Document { get; set; } = [];

    /// <summary>
    /// Ids of network ACLs written only to carry separate rules whose ACL is not in the file (it may be in a collected
    /// configuration given beside it): they become patches, not ACLs.
    /// </summary>
    public HashSet<string> CarrierAclIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Ids of security groups written only to carry separate rules and targets whose group is not in the file.</summary>
    public HashSet<string> CarrierGroupIds { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Ids of routing tables written to carry routes whose table is not in the file: they become patches, not tables
    /// (unless they are also in <see cref="DefaultRoutingTableIds"/>).
    /// </summary>
    public HashSet<string> CarrierRoutingTableIds { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Ids of VPC default routing tables written from the routes the file adds to them: kept as tables (for a file
    /// read alone) and carried as patches too (for a collected copy, which wins, being fresher).
    /// </summary>
    public HashSet<string> DefaultRoutingTableIds { get; } = new(StringComparer.Ordinal);

    /// <summary>For each ACL id, its rules that separate resources manage, with the rule each goes before.</summary>
    public Dictionary<string, List<RulePlacement>> Placements { get; } = new(StringComparer.Ordinal);

    /// <summary>For each carried ACL, group or routing table id, the ids of its rules (the names of its routes) the plan deletes or replaces.</summary>
    public Dictionary<string, HashSet<string>> RemovedRuleIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Ids of objects the file holds but does not manage (data sources, a VPC's view of its groups): a collected copy wins.</summary>
    public HashSet<string> ObservedIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Ids of the objects the plan deletes, so that a collected configuration merged with the plan loses them too.</summary>
    public HashSet<string> DeletedIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds a rule id that the plan deletes or replaces in a carried ACL or group.</summary>
    public void Removed(string parentId, string ruleId)
    {
        if (!RemovedRuleIds.TryGetValue(parentId, out var ids))
        {
            RemovedRuleIds[parentId] = ids = new HashSet<string>(StringComparer.Ordinal);
        }

        ids.Add(ruleId);
    }
}
