using Portcullis.Core.Sets;

namespace Portcullis.Policies.Evaluation;

/// <summary>What one endpoint's policy allows in one direction towards one remote peer.</summary>
/// <param name="Allowed">Everything it lets through (defaults included).</param>
/// <param name="Explicit">What policy rules allow (and, for selected workloads, what passes every tier).</param>
/// <param name="Captured">Whether a policy selects the endpoint in this direction.</param>
internal readonly record struct DirectionOutcome(ConnectionSet Allowed, ConnectionSet Explicit, bool Captured)
{
    /// <summary>No enforcement on this side (an address block): everything, nothing explicit.</summary>
    public static DirectionOutcome Unpoliced { get; } = new(ConnectionSet.All, ConnectionSet.None, false);
}
