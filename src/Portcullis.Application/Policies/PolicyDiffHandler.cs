using Portcullis.Application.Hosting;
using Portcullis.Application.Inputs;
using Portcullis.Policies.Analysis;
using Portcullis.Policies.Formats.Diff;

namespace Portcullis.Application.Policies;

/// <summary>Runs <c>policy diff</c>: which connections a change of policies (or endpoints) adds and removes.</summary>
public sealed class PolicyDiffHandler : ICommandHandler<PolicyDiffOptions>
{
    /// <inheritdoc />
    public async Task<int> RunAsync(PolicyDiffOptions options, CommandEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        if (FormatGuard.Refuses(environment, PolicyDiffWriter.Formats, options.Format))
        {
            return ExitCodes.BadInput;
        }

        var before = PolicyLoader.Load(environment, options.Before);
        var after = PolicyLoader.Load(environment, options.After);
        if (before is null || after is null)
        {
            return ExitCodes.BadInput;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var report = PolicyQueries.SemanticDiff(before, after, PolicyLoader.Semantics(options.Before));
        var written = await environment.WriteAsync(
            options.Output,
            options.Before.Paths.Concat(options.After.Paths),
            output => PolicyDiffWriter.Write(report, PolicyLoader.Describe(options.Before), PolicyLoader.Describe(options.After), options.Format, output),
            cancellationToken).ConfigureAwait(false);
        if (written != ExitCodes.Success)
        {
            return written;
        }

        return options.ExitCode && !report.IsEmpty ? ExitCodes.Findings : ExitCodes.Success;
    }
}
