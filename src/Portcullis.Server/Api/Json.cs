using System.Globalization;
using Portcullis.Server.Configuration;
using Portcullis.Storage;

namespace Portcullis.Server.Api;

/// <summary>The API's JSON shapes (camelCase, times in ISO 8601 UTC), one place for each resource.</summary>
internal static class Json
{
    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static Dictionary<string, object?> Snapshot(SnapshotRecord s, DriftRecord? drift = null) => new()
    {
        ["id"] = s.Id,
        ["account"] = s.Account,
        ["source"] = SnapshotSourceNames.Name(s.Source),
        ["name"] = s.Name,
        ["hash"] = s.ContentHash,
        ["size"] = s.Size,
        ["createdAt"] = Time(s.CreatedAt),
        ["lastSeenAt"] = Time(s.LastSeenAt),
        ["origin"] = s.Origin,
        ["evaluated"] = s.Evaluated,
        ["drift"] = drift is null ? null : Drift(drift),
    };

    public static Dictionary<string, object?> Drift(DriftRecord d) => new()
    {
        ["previous"] = d.PreviousSnapshotId,
        ["added"] = d.Added,
        ["removed"] = d.Removed,
        ["changed"] = d.Changed,
    };

    public static Dictionary<string, object?> Alert(AlertRecord a) => new()
    {
        ["id"] = a.Id,
        ["kind"] = AlertKinds.Name(a.Kind),
        ["account"] = a.Account,
        ["snapshot"] = a.SnapshotId,
        ["subject"] = a.Subject,
        ["severity"] = a.Severity,
        ["message"] = a.Message,
        ["createdAt"] = Time(a.CreatedAt),
    };

    public static Dictionary<string, object?> Job(JobRecord j) => new()
    {
        ["id"] = j.Id,
        ["question"] = j.Question,
        ["state"] = j.State.ToString().ToLowerInvariant(),
        ["progress"] = j.Progress,
        ["stage"] = j.Stage,
        ["error"] = j.Error,
        ["result"] = j.State == JobState.Succeeded ? $"/api/v1/jobs/{j.Id}/result" : null,
        ["createdAt"] = Time(j.CreatedAt),
        ["updatedAt"] = Time(j.UpdatedAt),
    };

    public static Dictionary<string, object?> Token(TokenRecord t) => new()
    {
        ["id"] = t.Id,
        ["name"] = t.Name,
        ["role"] = t.Role == TokenRole.Admin ? "admin" : "read-only",
        ["createdAt"] = Time(t.CreatedAt),
    };

    /// <summary>An account as configured: its source with secrets named by where they are, never by value.</summary>
    public static Dictionary<string, object?> Account(AccountSettings a, ScheduleRecord? last) => new()
    {
        ["name"] = a.Name,
        ["every"] = a.Every is { } every ? Durations.Format(every) : null,
        ["source"] = new Dictionary<string, object?>
        {
            ["kind"] = a.Source.Kind,
            ["path"] = a.Source.Path,
            ["url"] = a.Source.Url?.GetLeftPart(UriPartial.Path),
            ["secret"] = a.Source.Secret?.Describe(),
            ["options"] = a.Source.Options,
        },
        ["lastRunAt"] = last is null ? null : Time(last.LastRunAt),
        ["lastOutcome"] = last?.LastOutcome,
    };

    public static Dictionary<string, object?> Cluster(ClusterSettings c) => new()
    {
        ["name"] = c.Name,
        ["account"] = c.Account,
        ["description"] = Path.GetFileName(c.Description),
        ["era"] = c.Era is { } era ? Portcullis.Cluster.Requirements.EraNames.Name(era) : null,
    };
}
