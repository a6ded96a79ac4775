using Microsoft.Extensions.Logging;
using Portcullis.Server.Configuration;
using Portcullis.Server.Hosting;
using Portcullis.Storage;

namespace Portcullis.Server.Watching;

/// <summary>
/// One round of watching, run every few seconds by each replica: collect the accounts that are due, evaluate new
/// snapshots, deliver due webhooks. Each duty runs under a lease in the store, and a schedule's last run is kept
/// there too, so replicas sharing one database never collect an account twice for one period, nor evaluate a
/// snapshot or send a delivery twice at once.
/// </summary>
internal sealed class Watcher(
    IPortcullisStore store,
    ServerConfiguration configuration,
    Func<AccountSettings, IAccountSource> sources,
    Func<ReadOnlyMemory<byte>, string, Hosting.SnapshotUploads.Validation> validate,
    SnapshotEvaluator evaluator,
    WebhookSender sender,
    TimeProvider time,
    string replica,
    ILogger logger)
{
    /// <summary>How long a lease holds without renewal: a replica that dies holding one blocks the duty this long at most.</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(5);

    public string Replica => replica;

    public async Task TickAsync(CancellationToken cancellationToken)
    {
        foreach (var account in configuration.Accounts.Where(a => a.Every is not null))
        {
            await CollectIfDueAsync(account, force: false, cancellationToken).ConfigureAwait(false);
        }

        await EvaluatePendingAsync(cancellationToken).ConfigureAwait(false);
        await DeliverDueAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Collects the account if its schedule is due (or <paramref name="force"/>), under its lease; returns what happened, or <see langword="null"/> if another replica holds the lease or it is not due.</summary>
    public async Task<string?> CollectIfDueAsync(AccountSettings account, bool force, CancellationToken cancellationToken)
    {
        var lease = $"collect:{account.Name}";
        if (!await store.TryAcquireLeaseAsync(lease, replica, time.GetUtcNow(), LeaseDuration, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        try
        {
            var now = time.GetUtcNow();
            var last = await store.GetScheduleAsync(lease, cancellationToken).ConfigureAwait(false);
            if (!force && last is not null && account.Every is { } every && now < last.LastRunAt + every)
            {
                return null;
            }

            string outcome;
            try
            {
                var fetched = await sources(account).FetchAsync(cancellationToken).ConfigureAwait(false);
                var validation = validate(fetched.Content, fetched.Name);
                if (!validation.IsValid)
                {
                    throw new AccountSourceException($"the configuration read has {validation.Errors.Count} errors, first: {validation.Errors[0]}");
                }

                var saved = await store.SaveSnapshotAsync(new NewSnapshot(account.Name, fetched.Source, fetched.Name, fetched.Content, fetched.Origin), now, cancellationToken).ConfigureAwait(false);
                ServerMetrics.SnapshotsStored.WithLabels(SnapshotSourceNames.Name(fetched.Source), saved.Created ? "true" : "false").Inc();
                outcome = saved.Created ? $"new snapshot {saved.Snapshot.Id}" : $"unchanged since snapshot {saved.Snapshot.Id}";
                ServerMetrics.Collections.WithLabels(account.Name, "ok").Inc();
                ServerLog.Collected(logger, account.Name, outcome);
            }
            catch (AccountSourceException e)
            {
                outcome = $"failed: {e.Message}";
                ServerMetrics.Collections.WithLabels(account.Name, "failed").Inc();
                ServerLog.CollectionFailed(logger, account.Name, e.Message);

                // One alert when collection starts failing, not one per attempt.
                if (last is null || !last.LastOutcome.StartsWith("failed", StringComparison.Ordinal))
                {
                    ServerMetrics.Alerts.WithLabels(AlertKinds.Name(AlertKind.CollectionFailed)).Inc();
                    await store.RaiseAlertAsync(new NewAlert(null, account.Name, AlertKind.CollectionFailed, account.Name, "error", $"Collecting account {account.Name} failed: {e.Message}",
                        [.. configuration.Webhooks.Where(w => w.Accepts(AlertKind.CollectionFailed)).Select(w => w.Name)]), now, cancellationToken).ConfigureAwait(false);
                }
            }

            await store.SaveScheduleAsync(new ScheduleRecord(lease, now, outcome), cancellationToken).ConfigureAwait(false);
            return outcome;
        }
        finally
        {
            await store.ReleaseLeaseAsync(lease, replica, CancellationToken.None).ConfigureAwait(false);
        }
    }

    public async Task EvaluatePendingAsync(CancellationToken cancellationToken)
    {
        if (!await store.TryAcquireLeaseAsync("evaluate", replica, time.GetUtcNow(), LeaseDuration, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        try
        {
            foreach (var snapshot in await store.ListUnevaluatedAsync(20, cancellationToken).ConfigureAwait(false))
            {
                var evaluation = await evaluator.EvaluateAsync(snapshot, cancellationToken).ConfigureAwait(false);
                if (await store.SaveEvaluationAsync(evaluation, time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
                {
                    foreach (var alert in evaluation.Alerts)
                    {
                        ServerMetrics.Alerts.WithLabels(AlertKinds.Name(alert.Kind)).Inc();
                    }
                }

                await store.TryAcquireLeaseAsync("evaluate", replica, time.GetUtcNow(), LeaseDuration, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await store.ReleaseLeaseAsync("evaluate", replica, CancellationToken.None).ConfigureAwait(false);
        }
    }

    public async Task DeliverDueAsync(CancellationToken cancellationToken)
    {
        if (!await store.TryAcquireLeaseAsync("deliver", replica, time.GetUtcNow(), LeaseDuration, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        try
        {
            foreach (var delivery in await store.ListDueDeliveriesAsync(time.GetUtcNow(), 50, cancellationToken).ConfigureAwait(false))
            {
                var outcome = await sender.SendAsync(delivery, cancellationToken).ConfigureAwait(false);
                var attempts = delivery.Attempts + 1;
                if (outcome.Delivered)
                {
                    ServerMetrics.Deliveries.WithLabels(delivery.Webhook, "delivered").Inc();
                    ServerLog.Delivered(logger, delivery.Webhook, delivery.Id);
                    await store.UpdateDeliveryAsync(delivery.Id, DeliveryState.Delivered, attempts, time.GetUtcNow(), null, cancellationToken).ConfigureAwait(false);
                }
                else if (outcome.NextAttemptAt is { } next)
                {
                    ServerMetrics.Deliveries.WithLabels(delivery.Webhook, "failed").Inc();
                    ServerLog.DeliveryFailed(logger, delivery.Webhook, delivery.Id, attempts, outcome.Problem!, next);
                    await store.UpdateDeliveryAsync(delivery.Id, DeliveryState.Pending, attempts, next, outcome.Problem, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    ServerMetrics.Deliveries.WithLabels(delivery.Webhook, "abandoned").Inc();
                    ServerLog.DeliveryAbandoned(logger, delivery.Webhook, delivery.Id, attempts, outcome.Problem!);
                    await store.UpdateDeliveryAsync(delivery.Id, DeliveryState.Failed, attempts, time.GetUtcNow(), outcome.Problem, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            await store.ReleaseLeaseAsync("deliver", replica, CancellationToken.None).ConfigureAwait(false);
        }
    }
}
