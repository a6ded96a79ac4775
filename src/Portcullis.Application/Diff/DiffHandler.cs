using Portcullis.Application.Hosting;
using Portcullis.Application.Inputs;
using Portcullis.Core.Analysis;
using Portcullis.Core.Diff;
using Portcullis.Core.Topology;
using Portcullis.Formats.Diff;

namespace Portcullis.Application.Diff;

/// <summary>Runs <c>diff</c>: every endpoint or subnet pair whose connection was added, removed or changed.</summary>
public sealed class DiffHandler : ICommandHandler<DiffOptions>
{
    /// <inheritdoc />
    public async Task<int> RunAsync(DiffOptions options, CommandEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        if (FormatGuard.Refuses(environment, DiffWriter.Formats, options.Format))
        {
            return ExitCodes.BadInput;
        }

        var first = ConfigurationLoader.Load(environment, options.Before, options.Filter);
        var second = first is null ? null : ConfigurationLoader.Load(environment, options.After, options.Filter);
        if (first is null || second is null)
        {
            return ExitCodes.BadInput;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var lines = ConnectivityDiff.Compare(new ConnectivityAnalyzer(first), new ConnectivityAnalyzer(second), options.Level);
        return await environment.WriteAsync(options.Output, options.Before.Concat(options.After), writer =>
            DiffWriter.Write(lines, Describe(first, options.Before), Describe(second, options.After), options.Level, options.Format, writer), cancellationToken).ConfigureAwait(false);
    }

    private static string Describe(NetworkTopology topology, IEnumerable<string> files) =>
        topology.Vpcs.Length == 1 ? $"VPC {topology.Vpcs[0].Name}" : string.Join('+', files.Select(f => new FileInfo(f).Name));
}
