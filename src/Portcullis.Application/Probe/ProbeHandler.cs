using System.Collections.Immutable;
using Portcullis.Application.Hosting;
using Portcullis.Application.Inputs;
using Portcullis.Application.Workstation;
using Portcullis.Cluster.Formats.Catalogs;
using Portcullis.Cluster.Requirements;
using Portcullis.Cluster.Workstation;
using Portcullis.Formats.Reports;
using Portcullis.Probing;
using Portcullis.Probing.Formats;

namespace Portcullis.Application.Probe;

/// <summary>
/// Runs <c>probe</c>: verifies openings live, as the documentation's curl steps do (name, TCP connect, TLS
/// handshake, HTTP answer), through the environment's proxy; exit 1 when one is blocked.
/// </summary>
public sealed partial class ProbeHandler : ICommandHandler<ProbeOptions>
{
    private const string HelpHint = "Run 'portcullis probe --help' for usage and examples.";

    /// <inheritdoc />
    public async Task<int> RunAsync(ProbeOptions options, CommandEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        try
        {
            return await ProbeAsync(options, environment, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            environment.Error.WriteLine("portcullis: probe interrupted; no report written");
            return ExitCodes.Interrupted;
        }
    }

    private static async Task<int> ProbeAsync(ProbeOptions options, CommandEnvironment environment, CancellationToken cancellationToken)
    {
        if (FormatGuard.Refuses(environment, ProbeReportWriter.Formats, options.Format))
        {
            return ExitCodes.BadInput;
        }

        ImmutableArray<ProbeTarget> fromCluster = [];
        if (options.Cluster is { } clusterFile)
        {
            var description = ClusterLoader.ReadDescription(environment, clusterFile, options.Era);
            if (description is null)
            {
                return ExitCodes.BadInput;
            }

            var (egress, _) = WorkstationEgress.For(description, EraNames.For(description, options.Era), CloudFactsReader.Embedded);
            fromCluster = WorkstationProbes.For(egress);
        }

        if (Prepare(environment, options, fromCluster) is not { } prepared)
        {
            return ExitCodes.BadInput;
        }

        var (targets, proxy, roots) = prepared;

        var prober = new Prober(new ProberOptions
        {
            StepTimeout = options.Timeout ?? ProberOptions.DefaultStepTimeout,
            OverallTimeout = options.OverallTimeout ?? ProbeOptions.DefaultOverallTimeout,
            MaxConcurrency = options.Concurrency,
            Proxy = proxy,
            TrustedRoots = roots,
            TimeProvider = environment.Clock,
        });
        ImmutableArray<ProbeResult> results;
        if (options.Format == ReportFormat.Txt && options.Output is null && environment.Terminal is { CanRedraw: true } terminal)
        {
            results = await terminal.ShowProbeAsync(targets, progress => prober.ProbeAllAsync(targets, progress, cancellationToken)).ConfigureAwait(false);
            var details = new StringWriter();
            ProbeReportWriter.WriteDetails(results, options.Detail, details);
            terminal.WriteText(details.ToString());
        }
        else
        {
            results = await prober.ProbeAllAsync(targets, progress: null, cancellationToken).ConfigureAwait(false);
            var inputs = options.TargetFiles.Concat(options.CaCertificates is null ? [] : [options.CaCertificates]).Concat(options.Cluster is null ? [] : [options.Cluster]);
            var written = await environment.WriteAsync(options.Output, inputs, writer => ProbeReportWriter.Write(results, options.Format, options.Detail, writer), cancellationToken)
                .ConfigureAwait(false);
            if (written != ExitCodes.Success)
            {
                return written;
            }
        }

        return ExitCode(environment, results, options.Strict);
    }

    private static int ExitCode(CommandEnvironment environment, ImmutableArray<ProbeResult> results, bool strict)
    {
        var blocked = results.Count(r => r.Status == ProbeStatus.Blocked);
        var degraded = results.Count(r => r.Status == ProbeStatus.Degraded);
        if (degraded > 0)
        {
            var what = degraded == 1 ? "1 target is degraded" : $"{degraded} targets are degraded";
            environment.Error.WriteLine($"portcullis: warning: {what}: reachable, but see the warnings{(strict ? string.Empty : " (--strict makes this exit 1)")}");
        }

        return blocked > 0 || (strict && degraded > 0) ? ExitCodes.Findings : ExitCodes.Success;
    }
}
