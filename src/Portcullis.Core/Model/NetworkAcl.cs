using System.Collections.Immutable;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Core.Model;

/// <summary>A subnet firewall: stateless, with ordered inbound and outbound rules and an implicit deny.</summary>
/// <param name="Id">The ACL's id.</param>
/// <param name="Crn">The ACL's CRN, if known.</param>
/// <param name="Name">The ACL's name.</param>
/// <param name="VpcId">The id of the VPC it belongs to.</param>
/// <param name="Rules">All rules in priority order (the API's array order).</param>
/// <param name="SubnetIds">The subnets the ACL is attached to, as the ACL lists them.</param>
/// <param name="ResourceGroup">The resource group's name or id, if known.</param>
/// <param name="Location">Where the ACL was read, if from a file.</param>
public sealed record NetworkAcl(
    string Id,
    string? Crn,
    string Name,
    string VpcId,
    ImmutableArray<NetworkAclRule> Rules,
    ImmutableArray<string> SubnetIds,
    string? ResourceGroup = null,
    SourceLocation? Location = null)
{
    /// <summary>The rules of one direction, in priority order.</summary>
    public IEnumerable<NetworkAclRule> RulesOf(TrafficDirection direction) => Rules.Where(r => r.Direction == direction);

    /// <summary>
    /// The rules in the given order, each with its priority: its 1-based position among the rules of its direction.
    /// The one place priorities are numbered (reading an ACL and inserting rules into one both come here).
    /// </summary>
    public static ImmutableArray<NetworkAclRule> Numbered(IEnumerable<NetworkAclRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var next = new Dictionary<TrafficDirection, int>();
        return [.. rules.Select(rule =>
        {
            var priority = next[rule.Direction] = next.GetValueOrDefault(rule.Direction) + 1;
            return rule.Priority == priority ? rule : rule with { Priority = priority };
        })];
    }
}
