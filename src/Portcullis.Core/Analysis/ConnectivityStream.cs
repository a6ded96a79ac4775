namespace Portcullis.Core.Analysis;

/// <summary>
/// A whole connectivity analysis as it is computed: sections one after the other, each section's lines as its
/// classes are analysed. Nothing is held beyond the classes being worked on, so a writer that writes each line as it
/// arrives needs memory for the configuration, never for the size of the answer.
/// </summary>
/// <param name="Level">Endpoints or subnets.</param>
/// <param name="Sections">The sections, produced lazily: enumerate once.</param>
public sealed record ConnectivityStream(ConnectivityLevel Level, IEnumerable<ConnectivitySectionStream> Sections)
{
    /// <summary>A whole report as a stream.</summary>
    public static ConnectivityStream Of(ConnectivityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.Level, report.Sections.Select(s => new ConnectivitySectionStream(s.Scope, s.Lines)));
    }

    /// <summary>Every line held at once, for views that need the whole report (grouping, pictures).</summary>
    public ConnectivityReport ToReport() => new(Level, [.. Sections.Select(s => new ConnectivitySection(s.Scope, [.. s.Lines]))]);
}

/// <summary>One section of a <see cref="ConnectivityStream"/>.</summary>
/// <param name="Scope">What the section covers.</param>
/// <param name="Lines">
/// The lines, produced lazily: every ordered pair of nodes with a non-empty connection; an endpoint's peers outside
/// the VPCs come merged per connection (<see cref="Topology.ExternalAddresses"/>). Lines of one source stand
/// together, sources in the order the caller gave, and each endpoint's lines from external addresses follow its own.
/// </param>
public sealed record ConnectivitySectionStream(ConnectivityScope Scope, IEnumerable<ConnectivityLine> Lines);
