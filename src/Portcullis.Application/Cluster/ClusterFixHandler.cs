using Portcullis.Application.Hosting;
using Portcullis.Cluster.Formats.Fix;
using Portcullis.Cluster.Formats.Wording;
using Portcullis.Formats.Text;

namespace Portcullis.Application.Cluster;

/// <summary>Runs <c>cluster fix</c>: writes the plan; exit 1 when a quota leaves part of it unplanned.</summary>
public sealed class ClusterFixHandler : ICommandHandler<ClusterFixOptions>
{
    /// <inheritdoc />
    public async Task<int> RunAsync(ClusterFixOptions options, CommandEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        if (FormatGuard.Refuses(environment, FixWriter.Formats, options.Format))
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
        var code = await environment.WriteAsync(options.Output, inputs, writer => FixWriter.Write(report, plan, options.Format, options.LegacyProtocols, writer), cancellationToken)
            .ConfigureAwait(false);
        foreach (var problem in plan.Problems)
        {
            environment.Error.WriteLine($"portcullis: warning: {ControlText.Escape(FixText.Problem(problem))}");
        }

        return code != ExitCodes.Success ? code : plan.Problems.IsEmpty ? ExitCodes.Success : ExitCodes.Findings;
    }
}
