using Portcullis.Policies.Model;

namespace Portcullis.Policies.Analysis;

/// <summary>Two Calico policies of the same order that select common endpoints and have rules with opposite actions in a direction: which decides depends on their names.</summary>
/// <param name="First">One policy.</param>
/// <param name="Second">The other.</param>
/// <param name="Direction">The direction with the opposite actions.</param>
public sealed record PolicyConflict(PolicyId First, PolicyId Second, Direction Direction);
