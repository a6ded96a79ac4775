using Portcullis.Core.Sets;

namespace Portcullis.Core.Tests.Sets;

/// <summary>Reading one item of a number list such as <c>22</c> or <c>30000-32767</c>.</summary>
public sealed class NumberRangeTests
{
    [Theory]
    [InlineData("22", 22, 22)]
    [InlineData("30000-32767", 30000, 32767)]
    [InlineData(" 80 - 443 ", 80, 443)]
    [InlineData("1-65535", 1, 65535)]
    public void TryParse_NumberOrAscendingRangeWithinBounds_IsTheRange(string item, int start, int end)
    {
        Assert.True(NumberRange.TryParse(item, 1, 65535, out var range));
        Assert.Equal(new Interval<int>(start, end), range);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("65536")]
    [InlineData("443-80")]
    [InlineData("1-2-3")]
    [InlineData("+22")]
    [InlineData("x")]
    public void TryParse_AnythingElse_IsRejected(string item) =>
        Assert.False(NumberRange.TryParse(item, 1, 65535, out _));
}
