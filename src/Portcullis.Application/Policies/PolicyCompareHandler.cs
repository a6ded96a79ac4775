using Portcullis.Application.Hosting;
using Portcullis.Application.Inputs;
using Portcullis.Policies.Analysis;
using Portcullis.Policies.Formats.Diff;

namespace Portcullis.Application.Policies;

/// <summary>Runs <c>policy compare</c>: equivalence, containment, permits, forbids or interferes between two configurations.</summary>
public sealed class PolicyCompareHandler : ICommandHandler<PolicyCompareOptions>
{
    /// <inheritdoc />
    public async Task<int> RunAsync(PolicyCompareOptions options, CommandEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        if (FormatGuard.Refuses(environment, PolicyComparisonWriter.Formats, options.Format))
        {
            return ExitCodes.BadInput;
        }

        var first = PolicyLoader.Load(environment, options.First);
        var second = PolicyLoader.Load(environment, options.Second);
        if (first is null || second is null)
        {
            return ExitCodes.BadInput;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var answer = PolicyComparison.Ask(options.Query, first, second, PolicyLoader.Semantics(options.First), options.MaxWitnesses);
        var written = await environment.WriteAsync(
            options.Output,
            options.First.Paths.Concat(options.Second.Paths),
            output => PolicyComparisonWriter.Write(answer, PolicyLoader.Describe(options.First), PolicyLoader.Describe(options.Second), options.Format, output),
            cancellationToken).ConfigureAwait(false);
        if (written != ExitCodes.Success)
        {
            return written;
        }

        return options.ExitCode && !answer.IsHopedFor ? ExitCodes.Findings : ExitCodes.Success;
    }
}
