using System.Collections.Immutable;

namespace Portcullis.Storage;

/// <summary>Everything found on a new snapshot, saved at once (or not at all) and marking it evaluated.</summary>
/// <param name="SnapshotId">The snapshot.</param>
/// <param name="Drift">The drift from the account's previous snapshot, or <see langword="null"/> for the first.</param>
/// <param name="Statuses">Each watched cluster's requirement statuses.</param>
/// <param name="Alerts">The alerts raised, with their webhook deliveries.</param>
public sealed record SnapshotEvaluation(long SnapshotId, DriftRecord? Drift, ImmutableArray<RequirementStatusRecord> Statuses, ImmutableArray<NewAlert> Alerts);
