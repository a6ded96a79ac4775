using Portcullis.Application.Hosting;
using Portcullis.Application.Inputs;
using Portcullis.Core.Analysis;
using Portcullis.Formats.Reports;
using Portcullis.Formats.Wording;

namespace Portcullis.Application.Reports;

/// <summary>Runs <c>report endpoints</c>: every endpoint pair, with load balancers as one node unless asked otherwise.</summary>
public sealed class EndpointsReportHandler : ICommandHandler<EndpointsReportOptions>
{
    /// <inheritdoc />
    public async Task<int> RunAsync(EndpointsReportOptions options, CommandEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        if (FormatGuard.Refuses(environment, ConnectivityReportWriter.Formats, options.Format))
        {
            return ExitCodes.BadInput;
        }

        var topology = ConfigurationLoader.Load(environment, options.Configs, options.Filter);
        if (topology is null)
        {
            return ExitCodes.BadInput;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var analyzer = new ConnectivityAnalyzer(topology);
        // The readable grouping groups each subnet's lines as they come: ask for them subnet by subnet.
        var order = options.Grouping && options.Style == ReportStyle.Readable ? TextOrder.BySubnet : TextOrder.Report.Nodes;
        var report = analyzer.StreamEndpoints(order, loadBalancersAsNodes: !options.LoadBalancerPerIp);
        return await ConnectivityReportOutput.WriteAsync(environment, report, options.Format, options.Grouping, options.Output, options.Configs, cancellationToken, options.Style).ConfigureAwait(false);
    }
}
