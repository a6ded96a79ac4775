using Microsoft.Extensions.Logging;

namespace Portcullis.Server.Hosting;

/// <summary>The server's log messages, structured. None carries a token, an API key, a webhook secret or a password.</summary>
internal static partial class ServerLog
{
    [LoggerMessage(1, LogLevel.Information, "Serving on {Urls} with the {StoreKind} store at {Store}")]
    public static partial void Started(ILogger logger, string urls, string storeKind, string store);

    [LoggerMessage(2, LogLevel.Information, "Snapshot {SnapshotId} of account {Account} stored from {Source} ({Size} bytes, new: {Created})")]
    public static partial void SnapshotStored(ILogger logger, long snapshotId, string account, string source, long size, bool created);

    [LoggerMessage(3, LogLevel.Information, "Upload {Name} refused: {Errors} errors")]
    public static partial void UploadRefused(ILogger logger, string name, int errors);

    [LoggerMessage(4, LogLevel.Debug, "{Question} on snapshots {Snapshots} answered in {Milliseconds} ms (cached: {Cached}, exit code {ExitCode})")]
    public static partial void QuestionAnswered(ILogger logger, string question, string snapshots, long milliseconds, bool cached, int exitCode);

    [LoggerMessage(5, LogLevel.Warning, "Collecting account {Account} failed: {Problem}")]
    public static partial void CollectionFailed(ILogger logger, string account, string problem);

    [LoggerMessage(6, LogLevel.Information, "Account {Account} collected: {Outcome}")]
    public static partial void Collected(ILogger logger, string account, string outcome);

    [LoggerMessage(7, LogLevel.Information, "Snapshot {SnapshotId} evaluated: drift {Drift}, {Statuses} requirement statuses, {Alerts} alerts")]
    public static partial void Evaluated(ILogger logger, long snapshotId, string drift, int statuses, int alerts);

    [LoggerMessage(8, LogLevel.Warning, "Webhook {Webhook} delivery {DeliveryId} attempt {Attempt} failed: {Problem}; next attempt at {NextAttempt}")]
    public static partial void DeliveryFailed(ILogger logger, string webhook, long deliveryId, int attempt, string problem, DateTimeOffset nextAttempt);

    [LoggerMessage(9, LogLevel.Error, "Webhook {Webhook} delivery {DeliveryId} abandoned after {Attempts} attempts: {Problem}")]
    public static partial void DeliveryAbandoned(ILogger logger, string webhook, long deliveryId, int attempts, string problem);

    [LoggerMessage(10, LogLevel.Information, "Webhook {Webhook} delivery {DeliveryId} delivered")]
    public static partial void Delivered(ILogger logger, string webhook, long deliveryId);

    [LoggerMessage(11, LogLevel.Information, "A bearer token was refused (from {Remote})")]
    public static partial void TokenRejected(ILogger logger, string remote);

    [LoggerMessage(12, LogLevel.Warning, "The bootstrap admin token was seeded as '{Name}'; create named tokens and unset PORTCULLIS_BOOTSTRAP_TOKEN")]
    public static partial void TokenSeeded(ILogger logger, string name);

    [LoggerMessage(13, LogLevel.Error, "The watcher's round failed")]
    public static partial void WatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(14, LogLevel.Error, "Job {JobId} failed")]
    public static partial void JobFailed(ILogger logger, string jobId, Exception exception);

    [LoggerMessage(15, LogLevel.Information, "Token {TokenId} '{Name}' ({Role}) {Action} by '{By}'")]
    public static partial void TokenChanged(ILogger logger, long tokenId, string name, string role, string action, string by);

    [LoggerMessage(16, LogLevel.Warning, "Evaluating snapshot {SnapshotId} for cluster {Cluster} failed: {Problem}")]
    public static partial void ClusterCheckFailed(ILogger logger, long snapshotId, string cluster, string problem);
}
