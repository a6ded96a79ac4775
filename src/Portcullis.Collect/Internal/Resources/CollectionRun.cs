using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Portcullis.Collect.Internal.Http;

namespace Portcullis.Collect.Internal.Resources;

/// <summary>
/// What every part of one collection shares: the API client, the endpoints, the scope, the progress sink and the
/// warnings. The helpers here decide what a failed call means for the run: a list the key may not read (403) is
/// left out with a warning; a resource deleted while it was read (404 on its details) is left out with a warning;
/// anything else ends the run.
/// </summary>
internal sealed class CollectionRun(ApiClient client, IbmCloudEndpoints endpoints, CollectScope scope, IProgress<CollectProgress>? progress)
{
    private readonly ConcurrentQueue<CollectWarning> _warnings = new();

    public ApiClient Client { get; } = client;

    public IbmCloudEndpoints Endpoints { get; } = endpoints;

    public CollectScope Scope { get; } = scope;

    public CollectorSettings Settings => Client.Settings;

    public IReadOnlyCollection<CollectWarning> Warnings => _warnings;

    public void Started(string part) => progress?.Report(new CollectProgress(CollectProgressKind.Started, part, string.Empty));

    public void Finished(string part) => progress?.Report(new CollectProgress(CollectProgressKind.Finished, part, string.Empty));

    public void Read(string part, string resource, int count) => progress?.Report(new CollectProgress(CollectProgressKind.Read, part, resource, count));

    public void Warn(string part, string resource, CollectException failure, string? consequence = null)
    {
        var message = consequence is null ? failure.Detail : $"{failure.Detail}; {consequence}";
        var warning = new CollectWarning(part, resource, failure.Call, failure.StatusCode, message);
        _warnings.Enqueue(warning);
        progress?.Report(new CollectProgress(CollectProgressKind.Warning, part, resource, Detail: warning.ToString()));
    }

    /// <summary>Reads a list, or <see langword="null"/> (with a warning) when the key may not read it.</summary>
    public async Task<List<JsonObject>?> ListOrNullAsync(string part, string resource, Func<Task<List<JsonObject>>> read)
    {
        try
        {
            var items = await read().ConfigureAwait(false);
            Read(part, resource, items.Count);
            return items;
        }
        catch (CollectException e) when (e.Failure == CollectFailure.Forbidden)
        {
            Warn(part, resource, e);
            return null;
        }
    }

    /// <summary>
    /// Puts the list <paramref name="read"/> gives under <paramref name="key"/> of <paramref name="parent"/>.
    /// Returns <see langword="false"/> when the parent is gone (404): the caller leaves it out. When the key may
    /// not read the details, the parent keeps what its own listing said, with a warning.
    /// </summary>
    public async Task<bool> ExpandAsync(string part, string what, JsonObject parent, string key, Func<Task<List<JsonObject>>> read)
    {
        try
        {
            var items = await read().ConfigureAwait(false);
            parent[key] = Json.Array(items);
            Read(part, key, items.Count);
            return true;
        }
        catch (CollectException e) when (e.Failure == CollectFailure.Forbidden)
        {
            Warn(part, $"{key} of {what}", e, "kept as the listing gave them");
            return true;
        }
        catch (CollectException e) when (e.Failure == CollectFailure.NotFound)
        {
            Warn(part, what, e, "it was deleted while being read");
            return false;
        }
    }

    /// <summary>Expands each item (concurrently; the client bounds the calls) and returns those still there, in their order.</summary>
    public static async Task<List<JsonObject>> ExpandEachAsync(IReadOnlyList<JsonObject> items, Func<JsonObject, Task<bool>> expand)
    {
        var kept = await Task.WhenAll(items.Select(expand)).ConfigureAwait(false);
        return [.. items.Where((_, i) => kept[i])];
    }
}
