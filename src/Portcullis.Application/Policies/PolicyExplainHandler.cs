using Portcullis.Application.Hosting;
using Portcullis.Application.Inputs;
using Portcullis.Policies.Evaluation;
using Portcullis.Policies.Formats.Explain;

namespace Portcullis.Application.Policies;

/// <summary>Runs <c>policy explain</c>: which policy and rule decides what passes between two endpoints or addresses.</summary>
public sealed partial class PolicyExplainHandler : ICommandHandler<PolicyExplainOptions>
{
    /// <inheritdoc />
    public async Task<int> RunAsync(PolicyExplainOptions options, CommandEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        if (FormatGuard.Refuses(environment, PolicyExplainWriter.Formats, options.Format))
        {
            return ExitCodes.BadInput;
        }

        if (!TryParseConnections(options, out var asked, out var problem))
        {
            return environment.UsageError(problem);
        }

        var configuration = PolicyLoader.Load(environment, options.Input);
        if (configuration is null)
        {
            return ExitCodes.BadInput;
        }

        if (!TryResolve(configuration, options.Source, out var source, out problem) || !TryResolve(configuration, options.Destination, out var destination, out problem))
        {
            return environment.UsageError(problem);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var connectivity = PolicyConnectivity.Analyze(configuration, PolicyLoader.Semantics(options.Input));
        var explanations = connectivity.Explain(source, destination, asked);
        if (explanations.IsEmpty)
        {
            return environment.UsageError("between two address ranges nothing is policed; name an endpoint on one side");
        }

        return await environment.WriteAsync(options.Output, options.Input.Paths, output => PolicyExplainWriter.Write(explanations, configuration.Policies, options.Format, output), cancellationToken)
            .ConfigureAwait(false);
    }
}
