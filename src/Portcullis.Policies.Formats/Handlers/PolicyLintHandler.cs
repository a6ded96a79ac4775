using Portcullis.Policies.Analysis.Lint;
using Portcullis.Policies.Formats.Lint;

namespace Portcullis.Policies.Formats.Handlers;

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
