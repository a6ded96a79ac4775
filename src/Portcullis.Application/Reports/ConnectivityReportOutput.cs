using Portcullis.Application.Hosting;
using Portcullis.Core.Analysis;
using Portcullis.Formats.Graph;
using Portcullis.Formats.Reports;

namespace Portcullis.Application.Reports;

/// <summary>Writes an endpoint or subnet report, laying out the HTML graph first where that format is asked for.</summary>
internal static class ConnectivityReportOutput
{
    public static async Task<int> WriteAsync(
        CommandEnvironment environment, ConnectivityReport report, ReportFormat format, bool grouping, string? output, IEnumerable<string> inputs, CancellationToken cancellationToken)
    {
        try
        {
            return await environment.WriteAsync(output, inputs, async (writer, cancellation) =>
            {
                // Graphviz runs as a process: lay the graph out asynchronously, then let the writer (which is synchronous) use it.
                var layout = format == ReportFormat.Html
                    ? await PreparedLayout.PrepareAsync(environment.GraphLayout, DotGraphWriter.ToDot(ConnectivityGraph.Build(report)), cancellation).ConfigureAwait(false)
                    : null;
                ConnectivityReportWriter.Write(report, format, writer, grouping, layout);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (GraphLayoutException e)
        {
            return environment.UsageError($"cannot draw the graph: {e.Message}", e.Hint);
        }
    }
}
