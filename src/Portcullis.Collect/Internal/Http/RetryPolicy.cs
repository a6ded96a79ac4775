using System.Net;
using System.Net.Http.Headers;

namespace Portcullis.Collect.Internal.Http;

/// <summary>
/// When to retry a call and how long to wait: 408, 429 and 5xx answers, timeouts, broken connections and cut-off
/// answers are retried; the wait is the server's <c>Retry-After</c> when it gives one, else an exponential backoff
/// with jitter (so that many clients throttled at once do not come back at once).
/// </summary>
internal sealed class RetryPolicy(CollectorSettings settings, Random random)
{
    /// <summary>The number of retries after the first attempt.</summary>
    public int Retries => settings.Retries;

    /// <summary>Whether an answer with this status is worth another attempt.</summary>
    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary>
    /// The wait before retry number <paramref name="retry"/> (1 for the first): half of
    /// <c>FirstBackoff * 2^(retry-1)</c> (capped at <c>MaxBackoff</c>) plus a random part of up to the other half.
    /// </summary>
    public TimeSpan Backoff(int retry)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retry, 1);
        var exponent = Math.Min(retry - 1, 30);
        var full = Math.Min(settings.FirstBackoff.TotalMilliseconds * Math.Pow(2, exponent), settings.MaxBackoff.TotalMilliseconds);
        var half = full / 2;
        return TimeSpan.FromMilliseconds(half + (random.NextDouble() * half));
    }

    /// <summary>The wait a <c>Retry-After</c> header asks for (seconds or a date), or <see langword="null"/> when there is none.</summary>
    public static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
