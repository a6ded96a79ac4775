namespace Portcullis.Storage;

/// <summary>A raised alert.</summary>
/// <param name="Id">The alert's number.</param>
/// <param name="SnapshotId">The snapshot it was found in, or <see langword="null"/>.</param>
/// <param name="Account">The account.</param>
/// <param name="Kind">What it is about.</param>
/// <param name="Subject">What it concerns.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Message">What happened.</param>
/// <param name="CreatedAt">When it was raised.</param>
public sealed record AlertRecord(long Id, long? SnapshotId, string Account, AlertKind Kind, string Subject, string Severity, string Message, DateTimeOffset CreatedAt);
