using System.Collections.Immutable;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Policies.Model;

/// <summary>
/// A Calico Profile: labels it applies to the endpoints that name it (<c>labelsToApply</c>), and rules evaluated
/// for those endpoints when no policy decides.
/// </summary>
/// <param name="Name">The name endpoints refer to.</param>
/// <param name="LabelsToApply">The labels added to endpoints with this profile.</param>
/// <param name="IngressRules">The ingress rules.</param>
/// <param name="EgressRules">The egress rules.</param>
/// <param name="Source">Where the profile was read from.</param>
public sealed record Profile(string Name, Labels LabelsToApply, ImmutableArray<CalicoRule> IngressRules, ImmutableArray<CalicoRule> EgressRules, SourceLocation? Source = null)
{
    /// <summary>The rules of one direction.</summary>
    public ImmutableArray<CalicoRule> Rules(Direction direction) => direction == Direction.Ingress ? IngressRules : EgressRules;
}
