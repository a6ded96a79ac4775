namespace Portcullis.Collect.Tests;

public sealed class IbmCloudEndpointsTests
{
    [Fact]
    public void Public_IsIbmsPublicEndpoints()
    {
        var endpoints = IbmCloudEndpoints.Public;

        Assert.Equal("https://iam.cloud.ibm.com/identity/token", endpoints.IamToken.AbsoluteUri);
        Assert.Equal("https://eu-de.iaas.cloud.ibm.com/v1", endpoints.Vpc("eu-de").AbsoluteUri);
        Assert.Equal("https://transit.cloud.ibm.com/v1", endpoints.Transit.AbsoluteUri);
        Assert.Equal("https://containers.cloud.ibm.com/global", endpoints.Containers.AbsoluteUri);
    }

    [Theory]
    // Loopback, by address or name, may be plain http: a local fake or tunnel.
    [InlineData("http://127.0.0.1:8080")]
    [InlineData("http://127.5.0.1")]
    [InlineData("http://localhost:9000/iam")]
    [InlineData("http://[::1]:9000")]
    [InlineData("https://private.iam.cloud.ibm.com")]
    public void TryCreate_HttpsOrLoopbackHttp_IsAccepted(string iam) =>
        Assert.True(IbmCloudEndpoints.TryCreate(iam, null, null, null, out _, out _));

    [Theory]
    [InlineData("http://iam.cloud.ibm.com", "--iam-url 'http://iam.cloud.ibm.com' is plain http to a host that is not this machine")]
    [InlineData("http://10.0.0.5", "--iam-url 'http://10.0.0.5' is plain http to a host that is not this machine")]
    [InlineData("ftp://iam.cloud.ibm.com", "--iam-url 'ftp://iam.cloud.ibm.com' is not an http(s) URL")]
    [InlineData("iam.cloud.ibm.com", "--iam-url 'iam.cloud.ibm.com' is not an http(s) URL")]
    [InlineData("https://user:pass@iam.cloud.ibm.com", "--iam-url 'https://user:pass@iam.cloud.ibm.com' must be a base URL: no user name, query or fragment")]
    public void TryCreate_PlainHttpToTheNetworkOrNotAUrl_IsRefusedNamingTheOption(string iam, string error)
    {
        Assert.False(IbmCloudEndpoints.TryCreate(iam, null, null, null, out _, out var message));
        Assert.StartsWith(error, message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCreate_VpcUrl_IsCheckedWithTheRegionInPlace()
    {
        Assert.False(IbmCloudEndpoints.TryCreate(null, "http://{region}.iaas.cloud.ibm.com/v1", null, null, out _, out var error));
        Assert.StartsWith("--vpc-url", error, StringComparison.Ordinal);

        Assert.True(IbmCloudEndpoints.TryCreate(null, "https://{region}.private.iaas.cloud.ibm.com/v1/", null, null, out var endpoints, out _));
        Assert.True(endpoints.VpcUrlHasRegion);
        Assert.Equal("https://jp-tok.private.iaas.cloud.ibm.com/v1", endpoints.Vpc("jp-tok").AbsoluteUri);
    }

    [Fact]
    public void TryCreate_VpcUrlWithoutRegion_IsOneRegionsEndpoint()
    {
        Assert.True(IbmCloudEndpoints.TryCreate(null, "https://us-south.private.iaas.cloud.ibm.com/v1", null, null, out var endpoints, out _));

        Assert.False(endpoints.VpcUrlHasRegion);
        Assert.Equal("https://us-south.private.iaas.cloud.ibm.com/v1", endpoints.Vpc("us-south").AbsoluteUri);
    }

    [Fact]
    public void Below_BaseWithAPath_KeepsThePath() =>
        Assert.Equal("https://example.com/global/v2/vpc/getClusters", IbmCloudEndpoints.Below(new Uri("https://example.com/global/"), "/v2/vpc/getClusters").AbsoluteUri);
}
