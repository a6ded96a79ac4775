using Portcullis.Application.Hosting;
using Portcullis.Application.Inputs;
using Portcullis.Application.Queries;
using Portcullis.Core.Analysis;
using Portcullis.Core.Explain;
using Portcullis.Formats.Explain;
using Portcullis.Formats.Wording;

namespace Portcullis.Application.Explain;

/// <summary>Runs <c>explain</c>: the connections allowed from a source to a destination, and every rule on the way.</summary>
public sealed class ExplainHandler : ICommandHandler<ExplainOptions>
{
    /// <inheritdoc />
    public async Task<int> RunAsync(ExplainOptions options, CommandEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        if (FormatGuard.Refuses(environment, ExplanationWriter.Formats, options.Format))
        {
            return ExitCodes.BadInput;
        }

        if (!ConnectionQuery.TryParse(options.Protocol, options.SourcePorts, options.DestinationPorts, options.IcmpType, options.IcmpCode, out var query, out var problem))
        {
            return environment.UsageError(ConnectionQueryOptionNames.Explain.Describe(problem), "Run 'portcullis explain --help' for usage and examples.");
        }

        var topology = ConfigurationLoader.Load(environment, options.Configs, options.Filter);
        if (topology is null)
        {
            return ExitCodes.BadInput;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var explainer = new Explainer(new ConnectivityAnalyzer(topology));
        if (!explainer.TryExplain(new ExplainRequest(options.Source, options.Destination, query), out var explanation, out var error))
        {
            return environment.UsageError(ExplainText.Problem(error!));
        }

        return await environment.WriteAsync(options.Output, options.Configs, writer => ExplanationWriter.Write(explanation!, options.Format, options.Detail, writer), cancellationToken)
            .ConfigureAwait(false);
    }
}
