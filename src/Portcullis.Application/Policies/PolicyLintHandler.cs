using Portcullis.Application.Hosting;
using Portcullis.Application.Inputs;
using Portcullis.Policies.Analysis.Lint;
using Portcullis.Policies.Formats.Lint;

namespace Portcullis.Application.Policies;

/// <summary>Runs <c>policy lint</c>: conflicts, empty and redundant policies and rules, vacuity, uncaptured endpoints; exit 1 when a finding reaches the threshold.</summary>
public sealed class PolicyLintHandler : ICommandHandler<PolicyLintOptions>
{
    /// <inheritdoc />
    public async Task<int> RunAsync(PolicyLintOptions options, CommandEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        if (FormatGuard.Refuses(environment, PolicyLintWriter.Formats, options.Format))
        {
            return ExitCodes.BadInput;
        }

        var kinds = PolicyLint.DefaultKinds.ToHashSet();
        foreach (var (ids, add) in new[] { (options.Enable, true), (options.Disable, false) })
        {
            foreach (var id in ids)
            {
                if (!PolicyLintWriter.TryParseId(id, out var kind))
                {
                    return environment.UsageError(
                        $"unknown linter '{Portcullis.Policies.Formats.Text.SafeText.Of(id)}'; the linters are {string.Join(", ", Enum.GetValues<PolicyFindingKind>().Select(PolicyLintWriter.Id))}");
                }

                if (add)
                {
                    kinds.Add(kind);
                }
                else
                {
                    kinds.Remove(kind);
                }
            }
        }

        var configuration = PolicyLoader.Load(environment, options.Input);
        if (configuration is null)
        {
            return ExitCodes.BadInput;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var findings = PolicyLint.Run(configuration, PolicyLoader.Semantics(options.Input), kinds);
        var written = await environment.WriteAsync(options.Output, options.Input.Paths, output => PolicyLintWriter.Write(findings, kinds, configuration.Policies, options.Format, output), cancellationToken)
            .ConfigureAwait(false);
        if (written != ExitCodes.Success)
        {
            return written;
        }

        return findings.Any(f => f.Severity >= options.FailOn) ? ExitCodes.Findings : ExitCodes.Success;
    }
}
