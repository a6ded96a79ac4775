using Portcullis.Formats.Graph;

namespace Portcullis.Application.Hosting;

/// <summary>
/// A layout done ahead, asynchronously, handed to a writer that asks for it synchronously: the writer gets the SVG of
/// the one graph it was laid out for.
/// </summary>
internal sealed class PreparedLayout : ISvgLayout
{
    private readonly string _dot;
    private readonly string _svg;

    private PreparedLayout(string dot, string svg)
    {
        _dot = dot;
        _svg = svg;
    }

    /// <summary>Lays out <paramref name="dot"/> with <paramref name="layout"/>, ready for a writer.</summary>
    public static async Task<ISvgLayout> PrepareAsync(IGraphLayout layout, string dot, CancellationToken cancellationToken) =>
        new PreparedLayout(dot, await layout.LayoutAsync(dot, cancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public string Layout(string dot) => string.Equals(dot, _dot, StringComparison.Ordinal)
        ? _svg
        : throw new InvalidOperationException("The writer asked for the layout of another graph than the one prepared.");
}
