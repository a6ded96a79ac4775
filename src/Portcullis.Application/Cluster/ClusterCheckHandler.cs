using Portcullis.Application.Hosting;
using Portcullis.Cluster.Formats.Check;
using Portcullis.Formats.Reports;

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

        var checkedCluster = CheckedCluster.Run(environment, options.Description, options.Configs, options.Era);
        if (checkedCluster is null)
        {
            return ExitCodes.BadInput;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var (report, plan, inputs) = checkedCluster;
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
}
