using Portcullis.Core.Sets;

namespace Portcullis.Probing.Tests.Targets;

/// <summary>HTTP checks: accepted statuses and body expectations.</summary>
public sealed class HttpCheckTests
{
    [Theory]
    // The registry's messages endpoint: 200 with a message, 204 without.
    [InlineData("200,204", "200,204")]
    // Ranges and classes merge into the canonical form.
    [InlineData("2xx", "200-299")]
    [InlineData("200-299, 3XX", "200-399")]
    [InlineData("401", "401")]
    public void TryParseStatuses_Valid_GivesTheSet(string text, string expected)
    {
        Assert.True(HttpCheck.TryParseStatuses(text, out var statuses, out var error), error);
        Assert.Equal(expected, statuses.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("99")]
    [InlineData("600")]
    [InlineData("204-200")]
    [InlineData("6xx")]
    [InlineData("ok")]
    [InlineData("200,,204")]
    public void TryParseStatuses_Invalid_Fails(string text)
    {
        Assert.False(HttpCheck.TryParseStatuses(text, out _, out var error));
        Assert.NotNull(error);
    }

    [Fact]
    public void Constructor_EmptyStatuses_MeansTheDefault()
    {
        Assert.Equal(IntervalSet<int>.Range(200, 399), new HttpCheck("GET", "/").AcceptedStatuses);
    }

    [Theory]
    [InlineData("get", "/")]
    [InlineData("GET", "version")]
    [InlineData("GET", "/a b")]
    public void Constructor_BadMethodOrPath_Throws(string method, string path)
    {
        Assert.Throws<ArgumentException>(() => new HttpCheck(method, path));
    }

    [Theory]
    // The master's /version: a string property, shown.
    [InlineData("""{"gitVersion":"v1.30.4+IKS"}""", "gitVersion", true, "JSON gitVersion = \"v1.30.4+IKS\"")]
    // Nested paths.
    [InlineData("""{"a":{"b":3}}""", "a.b", true, "JSON a.b = 3")]
    [InlineData("""{"a":{"b":[1]}}""", "a.b", true, "JSON a.b = an array")]
    // Present but null does not count.
    [InlineData("""{"gitVersion":null}""", "gitVersion", false, "JSON property gitVersion is null")]
    [InlineData("""{"a":1}""", "a.b", false, "JSON body has no property a.b")]
    [InlineData("""[1,2]""", "a", false, "JSON body has no property a")]
    // A login page instead of JSON, as a TLS-inspecting proxy would serve.
    [InlineData("<html>Please log in</html>", "a", false, "body is not JSON (starts with \"<html>Please log in</html>\")")]
    public void JsonProperty_Check_SaysWhatWasFound(string body, string path, bool passes, string detail)
    {
        Assert.Equal(passes, BodyExpectation.JsonProperty(path).Check(body, out var found));
        Assert.Equal(detail, found);
    }

    [Fact]
    public void Contains_Check_IsOrdinalAndShowsTheStartOfAMismatch()
    {
        var expectation = BodyExpectation.Contains("Kubernetes");

        Assert.True(expectation.Check("IBM Cloud Kubernetes Service", out var detail));
        Assert.Equal("body contains \"Kubernetes\"", detail);
        Assert.False(expectation.Check("ibm cloud kubernetes\nservice " + new string('x', 100), out detail));
        // 57 characters of the body (line breaks as spaces), then "...".
        Assert.Equal("body does not contain \"Kubernetes\" (starts with \"ibm cloud kubernetes service " + new string('x', 28) + "...\")", detail);
    }

    [Fact]
    public void JsonProperty_BadPath_Throws()
    {
        Assert.Throws<ArgumentException>(() => BodyExpectation.JsonProperty("a..b"));
    }
}
