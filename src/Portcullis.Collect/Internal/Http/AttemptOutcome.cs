using System.Text.Json.Nodes;

namespace Portcullis.Collect.Internal.Http;

/// <summary>The result of one attempt of a call: the JSON answer, or why not and whether another attempt may help.</summary>
internal sealed record AttemptOutcome(JsonNode? Json, CollectFailure Failure, string Detail, int? StatusCode, bool Transient, TimeSpan? RetryAfter)
{
    public static AttemptOutcome Success(JsonNode json) => new(json, default, string.Empty, 200, false, null);

    public static AttemptOutcome Retryable(CollectFailure failure, string detail, int? statusCode = null, TimeSpan? retryAfter = null) =>
        new(null, failure, detail, statusCode, true, retryAfter);

    public static AttemptOutcome Final(CollectFailure failure, string detail, int? statusCode = null) =>
        new(null, failure, detail, statusCode, false, null);
}
