namespace Portcullis.Probing.Tests.Targets;

/// <summary>Durations in options and files.</summary>
public sealed class ProbeDurationTests
{
    [Theory]
    [InlineData("5s", 5000)]
    [InlineData("500ms", 500)]
    [InlineData("1.5s", 1500)]
    [InlineData("2m", 120000)]
    [InlineData("1h", 3600000)]
    // A bare number is seconds.
    [InlineData("3", 3000)]
    [InlineData(" 10S ", 10000)]
    public void TryParse_Valid_GivesTheDuration(string text, int milliseconds)
    {
        Assert.True(ProbeDuration.TryParse(text, out var duration, out var error), error);
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0s")]
    [InlineData("-1s")]
    [InlineData("5 sec")]
    [InlineData("25h")]
    [InlineData("1e3")]
    public void TryParse_Invalid_Fails(string text)
    {
        Assert.False(ProbeDuration.TryParse(text, out _, out var error));
        Assert.Contains("is not a duration", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(300, "300ms")]
    [InlineData(5000, "5s")]
    [InlineData(1500, "1.5s")]
    [InlineData(120000, "2m")]
    [InlineData(90000, "90s")]
    public void Format_RoundTripsThroughTryParse(int milliseconds, string expected)
    {
        var text = ProbeDuration.Format(TimeSpan.FromMilliseconds(milliseconds));

        Assert.Equal(expected, text);
        Assert.True(ProbeDuration.TryParse(text, out var back, out _));
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), back);
    }
}
