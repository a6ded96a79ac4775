using Prometheus;

namespace Portcullis.Server.Hosting;

/// <summary>The server's own metrics, served with the HTTP ones at <c>/metrics</c> in Prometheus' text format.</summary>
internal static class ServerMetrics
{
    public static readonly Counter SnapshotsStored = Metrics.CreateCounter(
        "portcullis_snapshots_stored_total", "Configurations stored, by source and whether they were new.", "source", "new");

    public static readonly Counter Answers = Metrics.CreateCounter(
        "portcullis_answers_total", "Questions answered, by question and whether the result was stored already.", "question", "cached");

    public static readonly Histogram ComputeSeconds = Metrics.CreateHistogram(
        "portcullis_compute_seconds", "Time spent computing an answer not stored yet.", new HistogramConfiguration { LabelNames = ["question"] });

    public static readonly Counter Collections = Metrics.CreateCounter(
        "portcullis_collections_total", "Scheduled collections, by account and outcome.", "account", "outcome");

    public static readonly Counter Alerts = Metrics.CreateCounter(
        "portcullis_alerts_total", "Alerts raised, by kind.", "kind");

    public static readonly Counter Deliveries = Metrics.CreateCounter(
        "portcullis_webhook_attempts_total", "Webhook delivery attempts, by webhook and outcome.", "webhook", "outcome");

    public static readonly Gauge ComputationsWaiting = Metrics.CreateGauge(
        "portcullis_computations_waiting", "Computations waiting for a free slot.");
}
