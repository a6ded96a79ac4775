namespace Portcullis.Fuzz.Execution;

/// <summary>A broken promise: an input made a reader crash, hang, print raw control characters or fail without a place.</summary>
/// <param name="Kind">Which promise broke.</param>
/// <param name="Signature">What identifies the bug (an exception's type and first frame, a message), for deduplication.</param>
/// <param name="Detail">What a developer needs to start: the message, the first lines of the output.</param>
internal sealed record Finding(FindingKind Kind, string Signature, string Detail);
