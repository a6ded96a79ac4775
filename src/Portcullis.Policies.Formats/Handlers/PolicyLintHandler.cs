using Portcullis.Policies.Analysis.Lint;
using Portcullis.Policies.Formats.Lint;

namespace Portcullis.Policies.Formats.Handlers;

/// <summary>Options of <c>policy lint</c>.</summary>
/// <param name="Input">What to read.</param>
/// <param name="Format">The output format.</param>
/// <param name="Enable">Linter ids to run besides the default ones.</param>
/// <param name="Disable">Linter ids not to run.</param>
/// <param name="FailOn">The lowest severity that makes the exit code 1.</param>
public sealed record PolicyLintOptions(PolicyInput Input, PolicyLintFormat Format, IReadOnlyList<string> Enable, IReadOnlyList<string> Disable, PolicyFindingSeverity FailOn = PolicyFindingSeverity.Error);

/// <summary><c>policy lint</c>: conflicts, empty and redundant policies and rules, vacuity, uncaptured endpoints.</summary>
public static class PolicyLintHandler
{
    /// <summary>Runs the command.</summary>
    public static int Run(PolicyLintOptions options, TextWriter error, Func<Action<TextWriter>, int> write)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(write);
        var kinds = PolicyLint.DefaultKinds.ToHashSet();
        foreach (var (ids, add) in new[] { (options.Enable, true), (options.Disable, false) })
        {
            foreach (var id in ids)
            {
                if (!PolicyLintWriter.TryParseId(id, out var kind))
                {
                    error.WriteLine($"portcullis: error: unknown linter '{Text.SafeText.Of(id)}'; the linters are {string.Join(", ", Enum.GetValues<PolicyFindingKind>().Select(PolicyLintWriter.Id))}");
                    return PolicyExitCodes.BadInput;
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

        var configuration = PolicyInputLoader.Load(options.Input, error);
        if (configuration is null)
        {
            return PolicyExitCodes.BadInput;
        }

        var findings = PolicyLint.Run(configuration, PolicyInputLoader.Semantics(options.Input), kinds);
        var written = write(output => PolicyLintWriter.Write(findings, kinds, configuration.Policies, options.Format, output));
        return written != PolicyExitCodes.Success ? written : findings.Any(f => f.Severity >= options.FailOn) ? PolicyExitCodes.Findings : PolicyExitCodes.Success;
    }
}
