using System.Collections.Immutable;

namespace Portcullis.Storage;

/// <summary>An alert to raise, and the webhooks to send it to.</summary>
/// <param name="SnapshotId">The snapshot it was found in, or <see langword="null"/> (a failed collection).</param>
/// <param name="Account">The account.</param>
/// <param name="Kind">What it is about.</param>
/// <param name="Subject">What it concerns: a cluster and requirement, a linter, an account.</param>
/// <param name="Severity">How much it matters: <c>error</c>, <c>warning</c> or <c>note</c>.</param>
/// <param name="Message">What happened, in a sentence.</param>
/// <param name="Webhooks">The names of the webhooks to deliver it to.</param>
public sealed record NewAlert(long? SnapshotId, string Account, AlertKind Kind, string Subject, string Severity, string Message, ImmutableArray<string> Webhooks);
