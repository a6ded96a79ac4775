using System.Text.RegularExpressions;
using Portcullis.Core.Addresses;

namespace Portcullis.Conformance.Golden;

/// <summary>
/// Identifies a filter rule from its description (the analyzer's, which Portcullis's rule citations share): a
/// network ACL rule by its name and direction (names are unique per ACL); a security group rule by its whole
/// content, because anonymised inputs repeat rule ids.
/// </summary>
public static partial class LintRuleKey
{
    public static string Of(string description)
    {
        var text = description.Trim();
        if (text.StartsWith("name: ", StringComparison.Ordinal))
        {
            var acl = AclRule().Match(text);
            return acl.Success ? $"acl-rule|{acl.Groups["name"].Value}|{acl.Groups["direction"].Value}" : throw new FormatException($"cannot read the ACL rule '{text}'");
        }

        var group = GroupRule().Match(text);
        if (!group.Success)
        {
            throw new FormatException($"cannot read the security group rule '{text}'");
        }

        // A remote group prints with its members' addresses; the group's name identifies it.
        var remote = group.Groups["remote"].Value;
        var open = remote.IndexOf(" (", StringComparison.Ordinal);
        remote = open > 0 ? "sg:" + remote[..open] : IpPrefix.Parse(remote).ToString();
        var protocol = Spaces().Replace(group.Groups["protocol"].Value.ToLowerInvariant(), " ");
        return $"sg-rule|{group.Groups["id"].Value}|{group.Groups["direction"].Value}|{IpPrefix.Parse(group.Groups["local"].Value)}|{remote}|{protocol}";
    }

    [GeneratedRegex(@"^name: (?<name>.*?), priority: \d+, action: \w+, direction: (?<direction>inbound|outbound),")]
    private static partial Regex AclRule();

    [GeneratedRegex(@"^id: (?<id>.*?), direction: (?<direction>inbound|outbound), local: (?<local>\S+), remote: (?<remote>.*?), protocol: (?<protocol>.*)$")]
    private static partial Regex GroupRule();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
