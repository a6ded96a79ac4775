using Portcullis.Core.Model;
using Portcullis.Core.Sets;

namespace Portcullis.Core.Analysis;

/// <summary>A rule that decides some packets by first match, and exactly those packets.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Claimed">What it matches and no earlier rule claimed; never empty.</param>
public readonly record struct AclClaim(NetworkAclRule Rule, ConnectionSet Claimed);
