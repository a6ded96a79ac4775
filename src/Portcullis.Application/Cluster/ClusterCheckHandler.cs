using Portcullis.Application.Hosting;
using Portcullis.Cluster.Formats.Check;
using Portcullis.Formats.Reports;
using Portcullis.Policies.Formats.Layering;

namespace Portcullis.Application.Cluster;

/// <summary>Runs <c>cluster check</c>: each requirement's status, what blocks it and its fix; exit 1 when one is not fully open.</summary>
public sealed class ClusterCheckHandler : ICommandHandler<ClusterCheckOptions>
{
    /// <inheritdoc />
    public async Task<int> RunAsync(ClusterCheckOptions options, CommandEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        if (FormatGuard.Refuses(environment, ClusterCheckWriter.Formats, options.Format))
        {
            return ExitCodes.BadInput;
        }

        if (!options.Peers.IsEmpty && options.Format != ReportFormat.Txt)
        {
            return environment.UsageError("--peer (the isolation check) writes text only; leave out --format or give --format txt");
        }

        var checkedCluster = CheckedCluster.Run(environment, options.Description, options.Configs, options.Era);
        if (checkedCluster is null)
        {
            return ExitCodes.BadInput;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var (report, plan, inputs) = checkedCluster;
        if (!options.Peers.IsEmpty)
        {
            return await WithIsolationAsync(options, environment, checkedCluster, cancellationToken).ConfigureAwait(false);
        }

        int code;
        if (options.Format == ReportFormat.Txt && options.Output is null && environment.Terminal is { } terminal)
        {
            terminal.DrawTable(ClusterCheckWriter.Headers, ClusterCheckWriter.Rows(report, plan));
            code = ExitCodes.Success;
        }
        else
        {
            code = await environment.WriteAsync(options.Output, inputs, writer => ClusterCheckWriter.Write(report, plan, options.Format, writer), cancellationToken).ConfigureAwait(false);
        }

        return code != ExitCodes.Success ? code : report.HasBlocked ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static async Task<int> WithIsolationAsync(ClusterCheckOptions options, CommandEnvironment environment, CheckedCluster checkedCluster, CancellationToken cancellationToken)
    {
        var isolation = ClusterIsolationCheck.Run(environment, options.Description, options.Peers, options.Configs);
        if (isolation is not { } reports)
        {
            return ExitCodes.BadInput;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var (report, plan, inputs) = checkedCluster;
        var code = await environment.WriteAsync(options.Output, [.. inputs, .. options.Peers], writer =>
        {
            ClusterCheckWriter.Write(report, plan, ReportFormat.Txt, writer);
            foreach (var isolationReport in reports)
            {
                writer.WriteLine();
                IsolationReportWriter.Write(isolationReport, writer);
            }
        }, cancellationToken).ConfigureAwait(false);
        return code != ExitCodes.Success ? code : report.HasBlocked || reports.Any(r => !r.Isolated) ? ExitCodes.Findings : ExitCodes.Success;
    }
}
