using Portcullis.Application.Hosting;
using Portcullis.Application.Inputs;
using Portcullis.Policies.Analysis;
using Portcullis.Policies.Evaluation;
using Portcullis.Policies.Formats.Reports;

namespace Portcullis.Application.Policies;

/// <summary>Runs <c>policy report</c>: the connectivity map of the policies.</summary>
public sealed class PolicyReportHandler : ICommandHandler<PolicyReportOptions>
{
    /// <inheritdoc />
    public async Task<int> RunAsync(PolicyReportOptions options, CommandEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        if (FormatGuard.Refuses(environment, PolicyReportWriter.Formats, options.Format))
        {
            return ExitCodes.BadInput;
        }

        var configuration = PolicyLoader.Load(environment, options.Input);
        if (configuration is null)
        {
            return ExitCodes.BadInput;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var connectivity = PolicyConnectivity.Analyze(configuration, PolicyLoader.Semantics(options.Input));
        var rows = ConnectivityReport.Rows(connectivity, options.PerEndpoint);
        return await environment.WriteAsync(options.Output, options.Input.Paths, output => PolicyReportWriter.Write(rows, PolicyLoader.Describe(options.Input), options.Format, output), cancellationToken)
            .ConfigureAwait(false);
    }
}
