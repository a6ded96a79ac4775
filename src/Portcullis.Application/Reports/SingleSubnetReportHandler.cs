using Portcullis.Application.Hosting;
using Portcullis.Application.Inputs;
using Portcullis.Core.Analysis;
using Portcullis.Formats.Reports;

namespace Portcullis.Application.Reports;

/// <summary>Runs <c>report single-subnet</c>: for every subnet, what its ACL lets in and out per remote range.</summary>
public sealed class SingleSubnetReportHandler : ICommandHandler<SingleSubnetReportOptions>
{
    /// <inheritdoc />
    public async Task<int> RunAsync(SingleSubnetReportOptions options, CommandEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        if (FormatGuard.Refuses(environment, SubnetAclReportWriter.Formats, options.Format))
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
        var views = topology.Subnets.Select(analyzer.ViewAcl).ToList();
        return await environment.WriteAsync(options.Output, options.Configs, writer => SubnetAclReportWriter.Write(views, options.Format, writer), cancellationToken).ConfigureAwait(false);
    }
}
