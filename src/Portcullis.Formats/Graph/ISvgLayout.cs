namespace Portcullis.Formats.Graph;

/// <summary>
/// Lays out a graph written in DOT and draws it as SVG. The command line uses Graphviz's <c>dot -Tsvg</c>; keeping
/// the process call behind this interface keeps the writers free of I/O and testable.
/// </summary>
public interface ISvgLayout
{
    /// <summary>Returns the SVG document for <paramref name="dot"/>.</summary>
    /// <param name="dot">A graph in the DOT language.</param>
    /// <exception cref="GraphLayoutException">The layout engine is missing, failed or took too long.</exception>
    public string Layout(string dot);
}
