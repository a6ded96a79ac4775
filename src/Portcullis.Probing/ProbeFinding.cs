namespace Portcullis.Probing;

/// <summary>A failure or a warning, with the step it belongs to.</summary>
/// <param name="Step">The step that failed or warned.</param>
/// <param name="Reason">The kind of failure, for filtering and for scripts.</param>
/// <param name="Message">What happened, for people: addresses, names, statuses and, where it helps, what to do.</param>
public sealed record ProbeFinding(ProbeStep Step, ProbeReason Reason, string Message);
