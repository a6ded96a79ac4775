using CsCheck;
using Portcullis.Collect.Internal.Http;
using Portcullis.Probing;

namespace Portcullis.Collect.Tests.Internal.Http;

/// <summary>The collector's durations read as the options take them: the same text as the prober's, which parses back.</summary>
public sealed class DurationTextTests
{
    [Theory]
    [InlineData(500, "500ms")]
    [InlineData(30_000, "30s")]
    [InlineData(1_500, "1.5s")]
    [InlineData(900_000, "15m")]
    [InlineData(90_000, "90s")]
    public void Format_KnownDurations(int milliseconds, string text) =>
        Assert.Equal(text, DurationText.Format(TimeSpan.FromMilliseconds(milliseconds)));

    [Fact]
    public void Format_AgreesWithTheProber_AndParsesBack() =>
        Gen.Int[1, 86_400_000].Sample(milliseconds =>
        {
            var duration = TimeSpan.FromMilliseconds(milliseconds);
            var text = DurationText.Format(duration);
            Assert.Equal(ProbeDuration.Format(duration), text);
            Assert.True(ProbeDuration.TryParse(text, out var parsed, out _));
            Assert.Equal(duration, parsed);
        });
}
