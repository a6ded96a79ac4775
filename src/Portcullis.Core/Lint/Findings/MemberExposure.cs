using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Lint.Findings;

/// <summary>How much of the internet reaches one member of a group on the administrative ports its rule opens.</summary>
/// <param name="Member">The member.</param>
/// <param name="Reachable">Each port some public addresses reach, with those addresses, ascending by port; empty when none do.</param>
public sealed record MemberExposure(Endpoint Member, ImmutableArray<(int Port, IpAddressSet From)> Reachable);
