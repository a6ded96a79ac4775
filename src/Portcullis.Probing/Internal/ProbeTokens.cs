namespace Portcullis.Probing.Internal;

/// <summary>The cancellations of a run: the caller's, the overall deadline's, and both together.</summary>
/// <param name="Caller">The caller cancelled: the run stops and throws.</param>
/// <param name="Deadline">The overall timeout passed: running steps fail with a timeout.</param>
/// <param name="Either">Either of them.</param>
internal readonly record struct ProbeTokens(CancellationToken Caller, CancellationToken Deadline, CancellationToken Either);
