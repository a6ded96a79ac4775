using System.Collections.Immutable;

namespace Portcullis.Policies.Evaluation;

/// <summary>A profile of an endpoint: its compiled rules, or allow-all for Calico's generated namespace profile.</summary>
/// <param name="Name">The profile name.</param>
/// <param name="Rules">The compiled rules of the direction.</param>
/// <param name="AllowsAll">Whether this is Calico's generated <c>kns.*</c> profile (not in the configuration): allow everything.</param>
internal sealed record PipelineProfile(string Name, ImmutableArray<CompiledRule> Rules, bool AllowsAll);
