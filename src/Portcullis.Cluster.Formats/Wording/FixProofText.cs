using Portcullis.Cluster.Check;
using Portcullis.Cluster.Fix;
using Portcullis.Core.Analysis;
using Portcullis.Formats.Diff;
using Portcullis.Formats.Reports;
using Portcullis.Formats.Text;

namespace Portcullis.Cluster.Formats.Wording;

/// <summary>
/// How a fix shows its proof: each requirement's status before and after the plan is applied in memory, whether
/// every requirement then passes (and why not), and the connectivity diff the new rules cause, in diff's own wording.
/// </summary>
public static class FixProofText
{
    /// <summary>What the two sides of the proof's diff are called.</summary>
    public const string BeforeName = "the configuration";

    /// <summary>The patched side of the proof's diff.</summary>
    public const string AfterName = "the configuration with the fix";

    /// <summary>
    /// The proof as plain lines (no line ends, control characters not yet escaped): the title, the requirements
    /// table, the verdict, a blank line and the diff. Scripts and Terraform write each as a comment.
    /// </summary>
    public static IReadOnlyList<string> Lines(FixProof proof)
    {
        ArgumentNullException.ThrowIfNull(proof);
        using var text = new StringWriter();
        text.WriteLine("Proof: cluster check with these rules applied in memory (cluster fix --write-config FILE writes that configuration):");
        TextTable.Write(text, ["REQUIREMENT", "BEFORE", "AFTER", "STILL BLOCKED BY"],
            proof.Requirements.Select(r => (IReadOnlyList<string>)[r.Before.Requirement.Id, CheckText.Status(r.Before.Status), CheckText.Status(r.After.Status), StillBlockedBy(r.After)]));
        text.WriteLine(Verdict(proof));
        text.WriteLine();
        DiffWriter.Write(proof.Differences, BeforeName, AfterName, ConnectivityLevel.Endpoints, ReportFormat.Txt, text);
        return text.ToString().TrimEnd('\n').Split('\n');
    }

    /// <summary>
    /// Whether the fix makes every requirement pass: <c>Every requirement passes after the fix (14 open, 1 not applicable).</c>,
    /// or which do not and why (what the plan could not add, or a plan that falls short).
    /// </summary>
    public static string Verdict(FixProof proof)
    {
        ArgumentNullException.ThrowIfNull(proof);
        var open = proof.After.Count(RequirementStatus.Open);
        var notApplicable = proof.After.Count(RequirementStatus.NotApplicable);
        if (proof.Passes)
        {
            return $"Every requirement passes after the fix ({open} open, {notApplicable} not applicable).";
        }

        var failing = proof.Failing.Select(r => $"{r.Requirement.Id} ({CheckText.Status(r.Status)})").ToList();
        var why = proof.Plan.Problems.IsEmpty
            ? "the plan falls short of them, which is a Portcullis bug: please report it with this output"
            : "the plan leaves out what the NOT PLANNED notes say";
        return $"{failing.Count} of {proof.After.Results.Length} requirements still do not pass after the fix: {string.Join(", ", failing)}; {why}.";
    }

    /// <summary>What still blocks a requirement after the fix, in a few words; <c>-</c> when nothing does.</summary>
    public static string StillBlockedBy(RequirementResult after)
    {
        ArgumentNullException.ThrowIfNull(after);
        return after.BlockingGap is { } gap ? GapText.Short(gap) : "-";
    }
}
