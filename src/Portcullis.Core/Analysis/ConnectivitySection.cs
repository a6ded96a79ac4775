using System.Collections.Immutable;

namespace Portcullis.Core.Analysis;

/// <summary>The lines of one report section.</summary>
/// <param name="Scope">What the section covers.</param>
/// <param name="Lines">One line per ordered pair of nodes with a non-empty connection.</param>
public sealed record ConnectivitySection(ConnectivityScope Scope, ImmutableArray<ConnectivityLine> Lines);
