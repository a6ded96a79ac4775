using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Lint.Findings;

/// <summary>A stateless layer on the way back that drops replies: a subnet's network ACL, or a transit gateway with no route back.</summary>
/// <param name="Layer">The network ACL or the transit gateway.</param>
/// <param name="Subnet">For an ACL, the subnet it filters; for a transit gateway, the subnet it has no route back to.</param>
/// <param name="Direction">For an ACL, the direction of its rules that drop the replies (outbound at the destination, inbound at the source); <see langword="null"/> for a transit gateway.</param>
/// <param name="Dropped">For an ACL, the replies it does not allow; <see langword="null"/> for a transit gateway, which drops them all.</param>
public sealed record ReplyBlocker(LintSubject Layer, SubnetNode Subnet, TrafficDirection? Direction, ConnectionSet? Dropped);
