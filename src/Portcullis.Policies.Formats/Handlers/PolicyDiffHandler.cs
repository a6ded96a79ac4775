using Portcullis.Policies.Analysis;
using Portcullis.Policies.Formats.Diff;

namespace Portcullis.Policies.Formats.Handlers;

/// <summary><c>policy diff</c>: which connections a change of policies (or endpoints) adds and removes.</summary>
public static class PolicyDiffHandler
{
    /// <summary>Runs the command.</summary>
    public static int Run(PolicyDiffOptions options, TextWriter error, Func<Action<TextWriter>, int> write)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(write);
        var before = PolicyInputLoader.Load(options.Before, error);
        var after = PolicyInputLoader.Load(options.After, error);
        if (before is null || after is null)
        {
            return PolicyExitCodes.BadInput;
        }

        var report = PolicyQueries.SemanticDiff(before, after, PolicyInputLoader.Semantics(options.Before));
        var written = write(output => PolicyDiffWriter.Write(report, PolicyInputLoader.Describe(options.Before), PolicyInputLoader.Describe(options.After), options.Format, output));
        return written != PolicyExitCodes.Success ? written : options.ExitCode && !report.IsEmpty ? PolicyExitCodes.Findings : PolicyExitCodes.Success;
    }
}
