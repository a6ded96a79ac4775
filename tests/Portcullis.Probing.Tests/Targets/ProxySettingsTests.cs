namespace Portcullis.Probing.Tests.Targets;

/// <summary>Proxy settings read as curl reads the environment, and NO_PROXY matching.</summary>
public sealed class ProxySettingsTests
{
    private static ProxySettings FromEnvironment(params (string Name, string Value)[] variables)
    {
        var table = variables.ToDictionary(v => v.Name, v => v.Value);
        Assert.True(ProxySettings.TryFromEnvironment(name => table.GetValueOrDefault(name), out var settings, out var error), error);
        return settings;
    }

    [Fact]
    public void FromEnvironment_Nothing_IsNone()
    {
        Assert.True(FromEnvironment().IsEmpty);
    }

    [Fact]
    public void FromEnvironment_LowerCaseWins_AndAllProxyFillsIn()
    {
        var settings = FromEnvironment(("HTTPS_PROXY", "http://upper:3128"), ("https_proxy", "http://lower:3128"), ("ALL_PROXY", "http://all:8080"));

        Assert.Equal(new Uri("http://lower:3128"), settings.HttpsProxy);
        Assert.Equal(new Uri("http://all:8080"), settings.HttpProxy);
    }

    [Theory]
    // No scheme means http://, as in curl.
    [InlineData("proxy.corp:3128", "http://proxy.corp:3128/")]
    // No port means 1080, as in curl (not 80).
    [InlineData("http://proxy.corp", "http://proxy.corp:1080/")]
    [InlineData("http://proxy.corp:80", "http://proxy.corp/")]
    [InlineData("http://[fd00::1]", "http://[fd00::1]:1080/")]
    [InlineData("http://u:p@proxy.corp", "http://u:p@proxy.corp:1080/")]
    public void FromEnvironment_ProxyUrl_IsReadAsCurlReadsIt(string value, string expected)
    {
        Assert.Equal(expected, FromEnvironment(("HTTPS_PROXY", value)).HttpsProxy!.ToString());
    }

    [Theory]
    [InlineData("socks5://proxy:1080", "only http:// proxies are supported")]
    [InlineData("https://proxy:443", "only http:// proxies are supported")]
    [InlineData("http://proxy:3128/path", "a proxy URL has no path")]
    [InlineData("http://", "is not a proxy URL")]
    public void FromEnvironment_BadProxy_NamesTheVariable(string value, string expected)
    {
        Assert.False(ProxySettings.TryFromEnvironment(name => name == "HTTPS_PROXY" ? value : null, out _, out var error));
        Assert.StartsWith("HTTPS_PROXY: ", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Theory]
    // A domain matches itself and its subdomains, with or without a leading dot or *.
    [InlineData("icr.io", "us.icr.io", true)]
    [InlineData(".icr.io", "icr.io", true)]
    [InlineData("*.icr.io", "us.icr.io", true)]
    [InlineData("icr.io", "myicr.io", false)]
    [InlineData("ICR.IO", "Us.Icr.Io.", true)]
    // Addresses and CIDR blocks match addresses only; names are not resolved to decide.
    [InlineData("10.0.0.0/8", "10.1.2.3", true)]
    [InlineData("10.0.0.0/8", "11.1.2.3", false)]
    [InlineData("10.0.0.0/8", "ten.example.com", false)]
    [InlineData("192.0.2.7", "192.0.2.7", true)]
    [InlineData("::1", "[::1]", true)]
    [InlineData("fd00::/8", "fd00::5", true)]
    // * alone turns the proxy off.
    [InlineData("*", "anything.example.com", true)]
    [InlineData("localhost, containers.cloud.ibm.com", "c100.us-south.containers.cloud.ibm.com", true)]
    public void IsBypassed_NoProxyEntry_MatchesAsCurlDoes(string noProxy, string host, bool bypassed)
    {
        Assert.True(ProxySettings.TryCreate("http://proxy:3128", null, noProxy, out var settings, out _));
        Assert.Equal(bypassed, settings.IsBypassed(host));
    }

    [Fact]
    public void ProxyFor_ChoosesByKindOfTarget()
    {
        Assert.True(ProxySettings.TryCreate("http://secure:3128", "http://plain:3128", "skip.example.com", out var settings, out _));

        Assert.Equal("secure", settings.ProxyFor(ProbeTarget.ForTls("us.icr.io", 443))!.Host);
        Assert.Equal("secure", settings.ProxyFor(ProbeTarget.ForTcp("us.icr.io", 2379))!.Host);
        Assert.Equal("secure", settings.ProxyFor(ProbeTarget.ForHttp("us.icr.io", 443, useTls: true, HttpCheck.Default))!.Host);
        Assert.Equal("plain", settings.ProxyFor(ProbeTarget.ForHttp("us.icr.io", 80, useTls: false, HttpCheck.Default))!.Host);
        Assert.Null(settings.ProxyFor(ProbeTarget.ForDns("us.icr.io")));
        Assert.Null(settings.ProxyFor(ProbeTarget.ForTls("a.skip.example.com", 443)));
    }

    [Fact]
    public void Redact_HidesThePasswordOnly()
    {
        Assert.Equal("http://alice:***@proxy:3128/", ProxySettings.Redact(new Uri("http://alice:s3cret@proxy:3128")).ToString());
        Assert.Equal("http://alice@proxy:3128/", ProxySettings.Redact(new Uri("http://alice@proxy:3128")).ToString());
        Assert.Equal("http://proxy:3128/", ProxySettings.Redact(new Uri("http://proxy:3128")).ToString());
    }

    [Fact]
    public void TryWithProxy_ExplicitProxy_CarriesEveryTargetButTheEnvironmentsNoProxy()
    {
        var environment = new Dictionary<string, string> { ["HTTPS_PROXY"] = "http://ignored:1", ["no_proxy"] = ".corp", ["NO_PROXY"] = ".ignored" };

        Assert.True(ProxySettings.TryWithProxy("http://proxy.example:3128", name => environment.GetValueOrDefault(name), out var settings, out var error), error);

        Assert.Equal(new Uri("http://proxy.example:3128"), settings.HttpsProxy);
        Assert.Equal(new Uri("http://proxy.example:3128"), settings.HttpProxy);
        Assert.True(settings.IsBypassed("a.corp"));
        Assert.False(settings.IsBypassed("a.ignored"));
    }

    [Fact]
    public void TryWithProxy_None_KeepsNoProxyAndUsesNoProxy()
    {
        Assert.True(ProxySettings.TryWithProxy(null, name => name == "NO_PROXY" ? "10.0.0.0/8" : null, out var settings, out _));

        Assert.True(settings.IsEmpty);
        Assert.Equal(["10.0.0.0/8"], settings.NoProxy);
    }

    [Fact]
    public void TryWithProxy_Malformed_SaysWhatIsWrongWithoutAVariableName()
    {
        Assert.False(ProxySettings.TryWithProxy("socks5://127.0.0.1:1080", _ => null, out _, out var error));

        Assert.StartsWith("'socks5://127.0.0.1:1080': only http:// proxies are supported", error, StringComparison.Ordinal);
    }

}
