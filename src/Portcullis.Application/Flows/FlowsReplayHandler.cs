using Portcullis.Application.Hosting;
using Portcullis.Application.Inputs;
using Portcullis.Flows.Formats.FlowLogs;
using Portcullis.Flows.Replay;

namespace Portcullis.Application.Flows;

/// <summary>Runs <c>flows replay</c>: decisions that changed, rule use and unused rules; exit 1 when decisions change.</summary>
public sealed class FlowsReplayHandler : ICommandHandler<FlowsReplayOptions>
{
    /// <inheritdoc />
    public async Task<int> RunAsync(FlowsReplayOptions options, CommandEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        if (FormatGuard.Refuses(environment, FlowReplayReportWriter.Formats, options.Format))
        {
            return ExitCodes.BadInput;
        }

        foreach (var path in options.Flows)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                return environment.UsageError($"--flows {path}: no such file or directory");
            }
        }

        if (options.Workers < 0 || options.Examples < 0)
        {
            return environment.UsageError("--workers and --examples must be 0 or more");
        }

        var topology = ConfigurationLoader.Load(environment, options.Configs, options.Filter);
        if (topology is null)
        {
            return ExitCodes.BadInput;
        }

        var engine = FlowReplayEngine.Build(topology);
        var (tally, run) = await ReplayAsync(environment, engine, options, cancellationToken).ConfigureAwait(false);
        environment.Report(run.Diagnostics);
        if (run.MoreDiagnostics > 0)
        {
            environment.Error.WriteLine($"portcullis: {run.MoreDiagnostics} more problems not shown");
        }

        if (run.Files == 0)
        {
            return environment.UsageError($"--flows {string.Join(' ', options.Flows)}: no flow-log objects (*.gz or *.json) found");
        }

        var report = engine.Report(tally);
        var written = await environment.WriteAsync(options.Output, [.. options.Configs, .. options.Flows], writer => FlowReplayReportWriter.Write(report, options.Format, writer), cancellationToken)
            .ConfigureAwait(false);
        if (written != ExitCodes.Success)
        {
            return written;
        }

        if (run.UnreadableFiles > 0)
        {
            environment.Error.WriteLine($"portcullis: error: {run.UnreadableFiles} of {run.Files} flow-log files could not be read; the report leaves their records out");
            return ExitCodes.BadInput;
        }

        if (report.Records > 0 && report.Evaluated == 0)
        {
            // Nothing was decided, so a clean report would say nothing about these rules: a CI job must not pass on it.
            environment.Error.WriteLine($"portcullis: error: none of the {report.Records:N0} records was decided: "
                + (report.UnknownRecords == report.Records
                    ? "no record's vNIC is in the configuration (the flow logs are of another VPC or account, or the configuration is out of date)"
                    : "no record could be matched to an endpoint of the configuration")
                + "; give the configuration of the VPC the flow logs come from");
            return ExitCodes.BadInput;
        }

        return report.Changes.IsEmpty ? ExitCodes.Success : ExitCodes.Findings;
    }

    // Progress goes to a terminal only: where standard error is redirected (or a test captures it), nothing is drawn.
    private static Task<FlowLogReplayResult> ReplayAsync(CommandEnvironment environment, FlowReplayEngine engine, FlowsReplayOptions options, CancellationToken cancellationToken)
    {
        if (environment.ErrorTerminal is not { } terminal)
        {
            return FlowLogReplay.RunAsync(engine, options.Flows, options.Examples, options.Workers, progress: null, cancellationToken);
        }

        var progress = new FlowLogProgress();
        var work = FlowLogReplay.RunAsync(engine, options.Flows, options.Examples, options.Workers, progress, cancellationToken);
        return terminal.ShowProgressAsync("replaying flow logs", work, () => new ProgressReading(
            progress.Bytes,
            Math.Max(1, progress.TotalBytes),
            $"replaying flow logs: {progress.Files:N0}/{progress.TotalFiles:N0} files, {progress.Records:N0} records"));
    }
}
