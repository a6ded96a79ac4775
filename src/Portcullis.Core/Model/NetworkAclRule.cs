using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Sets;

namespace Portcullis.Core.Model;

/// <summary>One rule of a network ACL.</summary>
/// <param name="Id">The rule's id.</param>
/// <param name="Name">The rule's name, unique within its ACL.</param>
/// <param name="Action">Allow or deny.</param>
/// <param name="Direction">Inbound or outbound, seen from the subnet.</param>
/// <param name="Source">The source block.</param>
/// <param name="Destination">The destination block.</param>
/// <param name="Protocol">The protocol as written.</param>
/// <param name="Connection">The packets the rule matches besides addresses (protocol, ports, ICMP type and code).</param>
/// <param name="Priority">The 1-based position among the ACL's rules of the same direction: lower is evaluated first.</param>
/// <param name="Location">Where the rule was read, if from a file.</param>
public sealed record NetworkAclRule(
    string Id,
    string Name,
    AclAction Action,
    TrafficDirection Direction,
    IpPrefix Source,
    IpPrefix Destination,
    RuleProtocol Protocol,
    ConnectionSet Connection,
    int Priority,
    SourceLocation? Location = null);
