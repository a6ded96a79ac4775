namespace Portcullis.Application.Hosting;

/// <summary>Lays out a graph written in DOT and draws it as SVG, for the HTML graph.</summary>
public interface IGraphLayout
{
    /// <summary>Returns the SVG document for <paramref name="dot"/>.</summary>
    /// <param name="dot">A graph in the DOT language.</param>
    /// <param name="cancellationToken">Stops the layout.</param>
    /// <exception cref="Formats.Graph.GraphLayoutException">The layout engine is missing, failed or took too long.</exception>
    public Task<string> LayoutAsync(string dot, CancellationToken cancellationToken);
}
