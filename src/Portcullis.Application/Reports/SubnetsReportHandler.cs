using Portcullis.Application.Hosting;
using Portcullis.Application.Inputs;
using Portcullis.Core.Analysis;
using Portcullis.Formats.Reports;
using Portcullis.Formats.Text;

namespace Portcullis.Application.Reports;

/// <summary>Runs <c>report subnets</c>: what the network ACLs allow for every address of each subnet.</summary>
public sealed class SubnetsReportHandler : ICommandHandler<SubnetsReportOptions>
{
    /// <inheritdoc />
    public async Task<int> RunAsync(SubnetsReportOptions options, CommandEnvironment environment, CancellationToken cancellationToken)
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
        foreach (var subnet in analyzer.SplitSubnets())
        {
            environment.Error.WriteLine($"portcullis: warning: network ACL {ControlText.Escape(subnet.Acl.Name)} treats addresses of subnet {ControlText.Escape(subnet.Name)} differently; "
                + "lines for it show what holds for all its addresses (see 'report endpoints' or 'report single-subnet')");
        }

        var report = ConnectivityStream.Of(analyzer.AnalyzeSubnets());
        return await ConnectivityReportOutput.WriteAsync(environment, report, options.Format, options.Grouping, options.Output, options.Configs, cancellationToken, options.Style).ConfigureAwait(false);
    }
}
