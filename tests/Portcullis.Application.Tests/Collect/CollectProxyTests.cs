using Portcullis.Application.Collect;
using Portcullis.Probing;

namespace Portcullis.Application.Tests.Collect;

/// <summary>The collector's proxy: the environment's variables as the prober reads them, loopback always direct.</summary>
public sealed class CollectProxyTests
{
    [Fact]
    public void GetProxy_HttpsDestination_UsesTheHttpsProxyUnlessNoProxyNamesIt()
    {
        var proxy = Proxy(new() { ["HTTPS_PROXY"] = "http://proxy.example.com:3128", ["NO_PROXY"] = ".private.cloud.ibm.com" });

        Assert.Equal(new Uri("http://proxy.example.com:3128"), proxy.GetProxy(new Uri("https://us-south.iaas.cloud.ibm.com/v1/vpcs")));
        Assert.Null(proxy.GetProxy(new Uri("https://us-south.private.cloud.ibm.com/v1/vpcs")));
        Assert.True(proxy.IsBypassed(new Uri("https://us-south.private.cloud.ibm.com/v1/vpcs")));
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080/v1")]
    [InlineData("http://localhost:8080/v1")]
    [InlineData("http://[::1]:8080/v1")]
    public void GetProxy_Loopback_IsAlwaysDirect(string destination)
    {
        var proxy = Proxy(new() { ["ALL_PROXY"] = "http://proxy.example.com:3128" });

        Assert.Null(proxy.GetProxy(new Uri(destination)));
    }

    [Fact]
    public void Credentials_FromTheProxyUrl()
    {
        var proxy = Proxy(new() { ["https_proxy"] = "http://me:p%40ss@proxy.example.com:3128" });

        var credential = proxy.Credentials!.GetCredential(new Uri("http://proxy.example.com:3128"), "Basic")!;
        Assert.Equal(("me", "p@ss"), (credential.UserName, credential.Password));
    }

    [Fact]
    public void GetProxy_NoVariables_IsDirect()
    {
        Assert.Null(Proxy([]).GetProxy(new Uri("https://iam.cloud.ibm.com/identity/token")));
    }

    private static CollectProxy Proxy(Dictionary<string, string> variables)
    {
        Assert.True(ProxySettings.TryFromEnvironment(name => variables.GetValueOrDefault(name), out var settings, out var error), error);
        return new CollectProxy(settings);
    }
}
