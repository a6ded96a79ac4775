using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Sets;

namespace Portcullis.Core.Model;

/// <summary>One rule of a security group: it allows, never denies.</summary>
/// <param name="Id">The rule's id (not always unique in anonymised inputs).</param>
/// <param name="Name">The rule's name, if it has one.</param>
/// <param name="Direction">Inbound or outbound, seen from the group's member.</param>
/// <param name="Remote">The peer the rule allows.</param>
/// <param name="Local">The member's own addresses the rule applies to; <c>default</c> means all of them.</param>
/// <param name="Protocol">The protocol as written.</param>
/// <param name="Connection">The packets the rule allows besides addresses; source ports are always all ports.</param>
/// <param name="Index">The rule's 0-based position in the group's rule list, for reference only (order has no meaning).</param>
/// <param name="Location">Where the rule was read, if from a file.</param>
public sealed record SecurityGroupRule(
    string Id,
    string? Name,
    TrafficDirection Direction,
    RuleRemote Remote,
    IpPrefix Local,
    RuleProtocol Protocol,
    ConnectionSet Connection,
    int Index,
    SourceLocation? Location = null)
{
    /// <summary>Whether the rule has a <c>local</c> narrower than every address.</summary>
    public bool HasLocal => !Local.IsDefault && Local.Length > 0;
}
