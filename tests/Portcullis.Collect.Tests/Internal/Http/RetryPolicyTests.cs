using System.Net;
using System.Net.Http.Headers;
using Portcullis.Collect.Internal.Http;

namespace Portcullis.Collect.Tests.Internal.Http;

public sealed class RetryPolicyTests
{
    [Theory]
    // Throttling, timeouts and server failures are worth another attempt.
    [InlineData(429, true)]
    [InlineData(408, true)]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    // The request itself is wrong, or not allowed: the same again gets the same answer.
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    [InlineData(409, false)]
    public void IsTransient_Status_SaysWhetherToRetry(int status, bool transient) =>
        Assert.Equal(transient, RetryPolicy.IsTransient((HttpStatusCode)status));

    [Fact]
    public void Backoff_EachRetry_DoublesWithinJitterUpToTheCap()
    {
        var policy = new RetryPolicy(new CollectorSettings { FirstBackoff = TimeSpan.FromSeconds(1), MaxBackoff = TimeSpan.FromSeconds(8) }, new Random(7));

        for (var trial = 0; trial < 200; trial++)
        {
            // Half the nominal wait is fixed, the other half random: 0.5-1 s, 1-2 s, 2-4 s, 4-8 s, then capped at 4-8 s.
            Assert.InRange(policy.Backoff(1).TotalSeconds, 0.5, 1.0);
            Assert.InRange(policy.Backoff(2).TotalSeconds, 1.0, 2.0);
            Assert.InRange(policy.Backoff(3).TotalSeconds, 2.0, 4.0);
            Assert.InRange(policy.Backoff(4).TotalSeconds, 4.0, 8.0);
            Assert.InRange(policy.Backoff(40).TotalSeconds, 4.0, 8.0);
        }
    }

    [Fact]
    public void RetryAfter_Seconds_IsTheWait() =>
        Assert.Equal(TimeSpan.FromSeconds(7), RetryPolicy.RetryAfter(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)), DateTimeOffset.UnixEpoch));

    [Fact]
    public void RetryAfter_Date_IsTheTimeUntilThen()
    {
        var now = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromSeconds(90), RetryPolicy.RetryAfter(new RetryConditionHeaderValue(now.AddSeconds(90)), now));
        // A date already past means now, not a negative wait.
        Assert.Equal(TimeSpan.Zero, RetryPolicy.RetryAfter(new RetryConditionHeaderValue(now.AddSeconds(-5)), now));
    }

    [Fact]
    public void RetryAfter_None_IsNull() => Assert.Null(RetryPolicy.RetryAfter(null, DateTimeOffset.UnixEpoch));
}
