namespace Portcullis.Conformance;

/// <summary>The result of one case: the line the runner prints.</summary>
/// <param name="Id">The case id.</param>
/// <param name="Outcome">Pass, fail or skip.</param>
/// <param name="Detail">The first difference, the crash, or the reason for skipping.</param>
public sealed record CaseResult(string Id, CaseOutcome Outcome, string? Detail = null)
{
    public override string ToString() => Outcome switch
    {
        CaseOutcome.Pass => $"PASS {Id}",
        CaseOutcome.Fail => $"FAIL {Id}: {Detail}",
        _ => $"SKIP {Id}: {Detail}",
    };
}
