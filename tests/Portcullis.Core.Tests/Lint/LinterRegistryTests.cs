using Portcullis.Core.Lint;

namespace Portcullis.Core.Tests.Lint;

/// <summary>The registry: stable names, the analyzer's defaults, and how --enable and --disable combine.</summary>
public sealed class LinterRegistryTests
{
    [Fact]
    public void All_NamesAreUniqueLowerCaseWords()
    {
        Assert.Equal(LinterRegistry.All.Length, LinterRegistry.All.Select(l => l.Name).Distinct().Count());
        Assert.All(LinterRegistry.All, l => Assert.Matches("^[a-z]+(-[a-z]+)*$", l.Name));
    }

    [Theory]
    // The analyzer's ten linters and their default states (sg-split-subnet is off there too).
    [InlineData("nacl-split-subnet", true)]
    [InlineData("sg-split-subnet", false)]
    [InlineData("subnet-cidr-overlap", true)]
    [InlineData("nacl-unattached", true)]
    [InlineData("sg-unattached", true)]
    [InlineData("sg-rule-cidr-out-of-range", true)]
    [InlineData("nacl-rule-cidr-out-of-range", true)]
    [InlineData("tcp-response-blocked", true)]
    [InlineData("nacl-rule-shadowed", true)]
    [InlineData("sg-rule-implied", true)]
    // Beyond it.
    [InlineData("acl-quota", true)]
    [InlineData("sg-quota", true)]
    [InlineData("interface-sg-quota", true)]
    [InlineData("admin-port-open-to-internet", true)]
    [InlineData("one-way-request-response", true)]
    [InlineData("nacl-reply-rule-opens-connections", true)]
    public void Find_KnownLinter_HasItsDefaultState(string name, bool enabledByDefault) =>
        Assert.Equal(enabledByDefault, LinterRegistry.Find(name)?.EnabledByDefault);

    [Fact]
    public void TrySelect_NoNames_RunsTheDefaultOnes()
    {
        Assert.True(LinterRegistry.TrySelect([], [], out var selected, out _));
        Assert.Equal(LinterRegistry.All.Where(l => l.EnabledByDefault), selected);
    }

    [Fact]
    public void TrySelect_DisableWinsOverEnable()
    {
        Assert.True(LinterRegistry.TrySelect(["sg-split-subnet", "nacl-unattached"], ["sg-split-subnet"], out var selected, out _));
        Assert.DoesNotContain(selected, l => l.Name == "sg-split-subnet");
        Assert.Contains(selected, l => l.Name == "nacl-unattached");
    }

    [Fact]
    public void TrySelect_UnknownNames_FailsNamingThemInOrder()
    {
        Assert.False(LinterRegistry.TrySelect(["nacl-shadowed", "nacl-unattached"], ["a-typo"], out var selected, out var unknown));
        Assert.Equal(["a-typo", "nacl-shadowed"], unknown);
        Assert.Empty(selected);
    }

    [Fact]
    public void TrySelect_KnownNames_NamesNothingUnknown()
    {
        Assert.True(LinterRegistry.TrySelect(["sg-split-subnet"], [], out _, out var unknown));
        Assert.Empty(unknown);
    }
}
