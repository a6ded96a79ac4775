using Portcullis.Policies.Model;
using Portcullis.Policies.Selectors;

namespace Portcullis.Policies.Tests.Selectors;

/// <summary>Calico's selector language: what parses, what it means, where errors are.</summary>
public sealed class SelectorTests
{
    private static readonly Labels Web = Labels.Of(("app", "web"), ("tier", "frontend"), ("k8s-app", "kube-dns"));

    [Theory]
    [InlineData("all()", true)]
    [InlineData("", true)] // Calico reads an empty selector as all()
    [InlineData("app == 'web'", true)]
    [InlineData("app == \"web\"", true)]
    [InlineData("app != 'web'", false)]
    [InlineData("missing != 'x'", true)] // != holds when the key is absent
    [InlineData("app in {'db', 'web'}", true)]
    [InlineData("app not in {'db', 'web'}", false)]
    [InlineData("missing not in {'x'}", true)]
    [InlineData("app in {}", false)]
    [InlineData("has(tier)", true)]
    [InlineData("!has(tier)", false)]
    [InlineData("has( tier )", true)]
    [InlineData("k8s-app starts with 'kube'", true)]
    [InlineData("k8s-app ends with 'dns'", true)]
    [InlineData("k8s-app contains 'be-d'", true)]
    [InlineData("missing contains ''", false)] // string tests need the key
    [InlineData("app == 'web' && tier == 'backend'", false)]
    [InlineData("app == 'web' || tier == 'backend'", true)]
    [InlineData("!(app == 'web' && has(tier))", false)]
    [InlineData("!app == 'db'", true)] // ! binds to the test that follows it
    [InlineData("app == 'db' || app == 'x' && has(tier)", false)] // && binds tighter than ||
    [InlineData("(app == 'db' || app == 'web') && has(tier)", true)]
    [InlineData("global()", false)]
    public void Matches_Expression_AsCalicoDefinesIt(string text, bool expected)
    {
        Assert.True(Selector.TryParse(text, out var selector, out var error), error?.ToString());
        Assert.Equal(expected, selector.Matches(Web));
    }

    [Theory]
    [InlineData("app ==", 6, SelectorErrorKind.ExpectedValue)]
    [InlineData("app == 'web", 7, SelectorErrorKind.UnterminatedString)]
    [InlineData("app 'web'", 4, SelectorErrorKind.ExpectedOperator)]
    [InlineData("(app == 'x'", 11, SelectorErrorKind.ExpectedClosingParenthesis)]
    [InlineData("app == 'x' app", 11, SelectorErrorKind.UnexpectedTrailingText)]
    [InlineData("app in 'x'", 7, SelectorErrorKind.ExpectedOpeningBrace)]
    [InlineData("app in {'x' 'y'}", 12, SelectorErrorKind.ExpectedCommaOrClosingBrace)]
    [InlineData("has()", 4, SelectorErrorKind.ExpectedLabel)]
    [InlineData("&& app == 'x'", 0, SelectorErrorKind.UnexpectedCharacter)]
    [InlineData("unique-label == 'x''", 19, SelectorErrorKind.UnexpectedTrailingText)]
    public void TryParse_Invalid_ReportsWhereAndWhy(string text, int position, SelectorErrorKind kind)
    {
        Assert.False(Selector.TryParse(text, out _, out var error));
        Assert.Equal(kind, error!.Kind);
        Assert.Equal(position, error.Position);
    }

    [Theory]
    [InlineData("app == 'web' && !has(canary) || tier in {'a', 'b'}")]
    [InlineData("!(a == 'x' || b == 'y') && c starts with 'z'")]
    [InlineData("((x == '1'))")]
    [InlineData("v == \"it's\"")]
    public void ToString_ParsesBackToTheSameSelector(string text)
    {
        var selector = Selector.Parse(text);
        Assert.Equal(selector, Selector.Parse(selector.ToString()));
    }

    [Fact]
    public void MatchesNamespace_AllMeansNamespacedAndGlobalMeansTheRest()
    {
        var ns = Labels.Of(("team", "a"));
        Assert.True(Selector.Parse("all()").MatchesNamespace(ns, isGlobal: false));
        Assert.False(Selector.Parse("all()").MatchesNamespace(Labels.Empty, isGlobal: true));
        Assert.True(Selector.Parse("global()").MatchesNamespace(Labels.Empty, isGlobal: true));
        Assert.True(Selector.Parse("!(global() && all())").MatchesNamespace(Labels.Empty, isGlobal: true));
        Assert.False(Selector.Parse("all() && !global()").MatchesNamespace(Labels.Empty, isGlobal: true));
    }
}
