using Portcullis.Core.Model;
using Portcullis.Core.Sets;

namespace Portcullis.Core.Analysis;

/// <summary>
/// First match over ordered network ACL rules, written once: evaluation, rule attribution and the linters walk the
/// rules that match some addresses through here, so they cannot disagree on which rule decides which packets.
/// </summary>
public static class AclFirstMatch
{
    /// <summary>
    /// The rules that decide some packets, in priority order, each with the packets it claims: what it matches and no
    /// earlier rule claimed. Rules that claim nothing are skipped; the walk stops once every packet is claimed.
    /// </summary>
    /// <param name="rules">Rules that all match the addresses in question, in priority order.</param>
    public static IEnumerable<AclClaim> Claims(IEnumerable<NetworkAclRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var remaining = ConnectionSet.All;
        foreach (var rule in rules)
        {
            var claimed = remaining.Intersect(rule.Connection);
            if (claimed.IsEmpty)
            {
                continue;
            }

            yield return new AclClaim(rule, claimed);
            remaining = remaining.Except(claimed);
            if (remaining.IsEmpty)
            {
                yield break;
            }
        }
    }

    /// <summary>The packets the rules allow by first match: the union of what their allow rules claim.</summary>
    /// <param name="rules">Rules that all match the addresses in question, in priority order.</param>
    public static ConnectionSet Allowed(IEnumerable<NetworkAclRule> rules)
    {
        var allowed = ConnectionSet.None;
        foreach (var claim in Claims(rules))
        {
            if (claim.Rule.Action == AclAction.Allow)
            {
                allowed = allowed.Union(claim.Claimed);
            }
        }

        return allowed;
    }
}
