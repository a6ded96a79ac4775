using Portcullis.Application.Hosting;
using Portcullis.Core.Analysis;
using Portcullis.Formats.Graph;
using Portcullis.Formats.Reports;

namespace Portcullis.Application.Reports;

/// <summary>Writes an endpoint or subnet report, laying out the HTML graph first where that format is asked for.</summary>
internal static class ConnectivityReportOutput
{
    public static async Task<int> WriteAsync(
        CommandEnvironment environment, ConnectivityStream report, ReportFormat format, bool grouping, string? output, IEnumerable<string> inputs, CancellationToken cancellationToken, ReportStyle style = ReportStyle.Exact)
    {
        try
        {
            return await environment.WriteAsync(output, inputs, async (writer, cancellation) =>
            {
                // Graphviz runs as a process: lay the graph out asynchronously, then let the writer (which is synchronous) use it.
                // A picture needs the whole report; the other formats write the stream as it comes.
                ISvgLayout? layout = null;
                if (format == ReportFormat.Html)
                {
                    var whole = report.ToReport();
                    layout = await PreparedLayout.PrepareAsync(environment.GraphLayout, DotGraphWriter.ToDot(ConnectivityGraph.Build(whole)), cancellation).ConfigureAwait(false);
                    report = ConnectivityStream.Of(whole);
                }

                ConnectivityReportWriter.Write(report, format, writer, grouping, layout, style);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (GraphLayoutException e)
        {
            return environment.UsageError($"cannot draw the graph: {e.Message}", e.Hint);
        }
    }
}
