using Portcullis.Application.Hosting;
using Portcullis.Application.Inputs;
using Portcullis.Core.Lint;
using Portcullis.Formats.Lint;

namespace Portcullis.Application.Lint;

/// <summary>Runs <c>lint</c>: the chosen linters over the configuration; exit 1 when a finding reaches the threshold.</summary>
public sealed class LintHandler : ICommandHandler<LintOptions>
{
    /// <inheritdoc />
    public async Task<int> RunAsync(LintOptions options, CommandEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        if (FormatGuard.Refuses(environment, LintWriter.Formats, options.Format))
        {
            return ExitCodes.BadInput;
        }

        if (!LinterRegistry.TrySelect(options.Enable, options.Disable, out var linters, out var unknown))
        {
            return environment.UsageError(LintText.UnknownLinters(unknown), "Run 'portcullis lint --help' for the linters and their defaults.");
        }

        var topology = ConfigurationLoader.Load(environment, options.Configs, options.Filter);
        if (topology is null)
        {
            return ExitCodes.BadInput;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var report = LintSourceLines.Resolve(LintRunner.Run(topology, linters, LintText.Order));
        var written = await environment.WriteAsync(options.Output, options.Configs, writer => LintWriter.Write(report, options.Format, options.PrintAll, writer), cancellationToken)
            .ConfigureAwait(false);
        if (written != ExitCodes.Success)
        {
            return written;
        }

        return options.FailOn is { } severity && report.HasFindingsAtOrAbove(severity) ? ExitCodes.Findings : ExitCodes.Success;
    }
}
