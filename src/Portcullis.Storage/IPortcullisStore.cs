namespace Portcullis.Storage;

/// <summary>
/// The server's store: snapshots (content kept once by hash), the results computed on them, bearer tokens (hashed),
/// drift, requirement statuses, alerts and their webhook deliveries, jobs, and the leases and schedule times that
/// keep replicas from doing the same work twice. Every change is one transaction: a process killed mid-write leaves
/// the store as it was before the write or after it.
/// </summary>
public interface IPortcullisStore : IAsyncDisposable
{
    /// <summary>The kind of database, such as <c>sqlite</c> or <c>postgresql</c>.</summary>
    public string Kind { get; }

    /// <summary>Brings the schema up to date (applying each migration not yet applied, in order, each in a transaction).</summary>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The schema version now in force.</returns>
    /// <exception cref="StoreException">The database's schema is newer than this version of Portcullis knows.</exception>
    public Task<int> MigrateAsync(CancellationToken cancellationToken);

    /// <summary>Keeps a configuration on its account's timeline: a new snapshot, unless the account's latest has the same content.</summary>
    /// <param name="snapshot">The configuration and where it came from.</param>
    /// <param name="now">The time to record.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public Task<SnapshotSaveResult> SaveSnapshotAsync(NewSnapshot snapshot, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The snapshot numbered <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">The snapshot's number.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public Task<SnapshotRecord?> GetSnapshotAsync(long id, CancellationToken cancellationToken);

    /// <summary>The content with hash <paramref name="hash"/>, exactly as it was stored, or <see langword="null"/>.</summary>
    /// <param name="hash">The content's hash.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public Task<byte[]?> GetContentAsync(string hash, CancellationToken cancellationToken);

    /// <summary>Snapshots, newest first.</summary>
    /// <param name="query">Which.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public Task<IReadOnlyList<SnapshotRecord>> ListSnapshotsAsync(SnapshotQuery query, CancellationToken cancellationToken);

    /// <summary>The snapshot before <paramref name="snapshot"/> on its account's timeline, or <see langword="null"/>.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public Task<SnapshotRecord?> GetPreviousSnapshotAsync(SnapshotRecord snapshot, CancellationToken cancellationToken);

    /// <summary>Snapshots not evaluated yet, oldest first.</summary>
    /// <param name="limit">At most this many.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public Task<IReadOnlyList<SnapshotRecord>> ListUnevaluatedAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Saves what evaluating a snapshot found, and marks it evaluated, in one transaction; does nothing if it already is.</summary>
    /// <param name="evaluation">What was found.</param>
    /// <param name="now">The time to record.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>Whether it was saved (<see langword="false"/> when another replica saved it first).</returns>
    public Task<bool> SaveEvaluationAsync(SnapshotEvaluation evaluation, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The drift from the previous snapshot to <paramref name="snapshotId"/>, or <see langword="null"/>.</summary>
    /// <param name="snapshotId">The snapshot.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public Task<DriftRecord?> GetDriftAsync(long snapshotId, CancellationToken cancellationToken);

    /// <summary>The requirement statuses found in a snapshot, for one cluster or all.</summary>
    /// <param name="snapshotId">The snapshot.</param>
    /// <param name="cluster">The cluster, or <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public Task<IReadOnlyList<RequirementStatusRecord>> GetRequirementStatusesAsync(long snapshotId, string? cluster, CancellationToken cancellationToken);

    /// <summary>A cluster's requirement statuses over its latest evaluated snapshots, newest snapshot first.</summary>
    /// <param name="cluster">The cluster.</param>
    /// <param name="snapshots">How many snapshots back.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public Task<IReadOnlyList<RequirementStatusRecord>> GetRequirementHistoryAsync(string cluster, int snapshots, CancellationToken cancellationToken);

    /// <summary>Raises alerts outside an evaluation (a failed collection), with their deliveries.</summary>
    /// <param name="alert">The alert.</param>
    /// <param name="now">The time to record.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public Task<AlertRecord> RaiseAlertAsync(NewAlert alert, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Alerts, newest first.</summary>
    /// <param name="account">Only this account's, or <see langword="null"/>.</param>
    /// <param name="snapshotId">Only those found in this snapshot, or <see langword="null"/>.</param>
    /// <param name="limit">At most this many.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public Task<IReadOnlyList<AlertRecord>> ListAlertsAsync(string? account, long? snapshotId, int limit, CancellationToken cancellationToken);

    /// <summary>Webhook deliveries due at <paramref name="now"/>, oldest first.</summary>
    /// <param name="now">The time.</param>
    /// <param name="limit">At most this many.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public Task<IReadOnlyList<WebhookDelivery>> ListDueDeliveriesAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>Records an attempt at a delivery.</summary>
    /// <param name="id">The delivery.</param>
    /// <param name="state">Where it is now.</param>
    /// <param name="attempts">Attempts made so far.</param>
    /// <param name="nextAttemptAt">When the next attempt is due (if pending).</param>
    /// <param name="lastError">Why the attempt failed, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public Task UpdateDeliveryAsync(long id, DeliveryState state, int attempts, DateTimeOffset nextAttemptAt, string? lastError, CancellationToken cancellationToken);

    /// <summary>The stored result with key <paramref name="key"/>, or <see langword="null"/>.</summary>
    /// <param name="key">The question's key (its snapshots' hashes and parameters, hashed).</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public Task<StoredResult?> GetResultAsync(string key, CancellationToken cancellationToken);

    /// <summary>Keeps a result (the first one kept for a key stays).</summary>
    /// <param name="key">The question's key.</param>
    /// <param name="result">The result.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public Task SaveResultAsync(string key, StoredResult result, CancellationToken cancellationToken);

    /// <summary>Adds a token by its hash.</summary>
    /// <param name="name">What it is for.</param>
    /// <param name="role">What it may do.</param>
    /// <param name="tokenHash">The SHA-256 of the token.</param>
    /// <param name="now">The time to record.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public Task<TokenRecord> AddTokenAsync(string name, TokenRole role, string tokenHash, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Adds an admin token only if the store has no token at all (atomically, so two replicas seed one).</summary>
    /// <param name="name">What it is for.</param>
    /// <param name="tokenHash">The SHA-256 of the token.</param>
    /// <param name="now">The time to record.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>Whether it was added.</returns>
    public Task<bool> SeedAdminTokenAsync(string name, string tokenHash, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The token with hash <paramref name="tokenHash"/>, unless revoked, or <see langword="null"/>.</summary>
    /// <param name="tokenHash">The SHA-256 of the token presented.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public Task<TokenRecord?> FindTokenAsync(string tokenHash, CancellationToken cancellationToken);

    /// <summary>The tokens not revoked.</summary>
    /// <param name="cancellationToken">Stops the work.</param>
    public Task<IReadOnlyList<TokenRecord>> ListTokensAsync(CancellationToken cancellationToken);

    /// <summary>Revokes a token; <see langword="false"/> when there is none with that number.</summary>
    /// <param name="id">The token's number.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public Task<bool> RevokeTokenAsync(long id, CancellationToken cancellationToken);

    /// <summary>Adds or replaces a job.</summary>
    /// <param name="job">The job.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public Task SaveJobAsync(JobRecord job, CancellationToken cancellationToken);

    /// <summary>The job with id <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">The job's id.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public Task<JobRecord?> GetJobAsync(string id, CancellationToken cancellationToken);

    /// <summary>Takes the lease <paramref name="name"/> for <paramref name="holder"/> until <paramref name="now"/> + <paramref name="duration"/>, if nobody else holds it.</summary>
    /// <param name="name">The lease, such as <c>watch</c>.</param>
    /// <param name="holder">Who takes it (a replica's id).</param>
    /// <param name="now">The time.</param>
    /// <param name="duration">How long it holds without renewal.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>Whether <paramref name="holder"/> holds it now (taken or renewed).</returns>
    public Task<bool> TryAcquireLeaseAsync(string name, string holder, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Gives the lease up, if <paramref name="holder"/> holds it.</summary>
    /// <param name="name">The lease.</param>
    /// <param name="holder">Who gives it up.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public Task ReleaseLeaseAsync(string name, string holder, CancellationToken cancellationToken);

    /// <summary>When the schedule <paramref name="name"/> last ran, or <see langword="null"/> if never.</summary>
    /// <param name="name">The schedule.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public Task<ScheduleRecord?> GetScheduleAsync(string name, CancellationToken cancellationToken);

    /// <summary>Records a schedule's run.</summary>
    /// <param name="schedule">The run.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public Task SaveScheduleAsync(ScheduleRecord schedule, CancellationToken cancellationToken);
}
