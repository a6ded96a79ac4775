using System.Collections.Immutable;
using Portcullis.Core.Diagnostics;
using Portcullis.Policies.Model;

namespace Portcullis.Conformance.Nca;

/// <summary>A configuration as loaded for a case.</summary>
public sealed record LoadedConfig(NcaConfig Config, PolicyConfiguration Configuration, ImmutableArray<Diagnostic> Diagnostics, string? Problem)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
