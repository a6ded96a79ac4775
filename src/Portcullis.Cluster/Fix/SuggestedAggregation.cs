using Portcullis.Core.Addresses;
using Portcullis.Core.Model;

namespace Portcullis.Cluster.Fix;

/// <summary>One rule to a block that covers several remote blocks, suggested where a quota leaves no room for one rule each.</summary>
/// <param name="Direction">The rules' direction.</param>
/// <param name="Shape">The rules' protocol and ports.</param>
/// <param name="Supernet">The smallest block that holds every remote.</param>
/// <param name="Remotes">The remotes it stands for.</param>
public sealed record SuggestedAggregation(TrafficDirection Direction, RuleShape Shape, IpPrefix Supernet, IpAddressSet Remotes);
