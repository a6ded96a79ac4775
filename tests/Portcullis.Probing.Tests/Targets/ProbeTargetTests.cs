namespace Portcullis.Probing.Tests.Targets;

/// <summary>Target specs as users write them on the command line.</summary>
public sealed class ProbeTargetTests
{
    [Theory]
    // The registry check of the documentation: HTTPS, default port.
    [InlineData("https://us.icr.io/api/v1/messages", "us.icr.io", 443, ProbeStep.Http, true, "/api/v1/messages", "https://us.icr.io/api/v1/messages")]
    // A master URL with its random port, and a query kept as written.
    [InlineData("https://c100.us-south.containers.cloud.ibm.com:31234/version?timeout=5s", "c100.us-south.containers.cloud.ibm.com", 31234, ProbeStep.Http, true, "/version?timeout=5s", "https://c100.us-south.containers.cloud.ibm.com:31234/version?timeout=5s")]
    // Plain HTTP; a URL without a path asks for /.
    [InlineData("http://127.0.0.1:8080", "127.0.0.1", 8080, ProbeStep.Http, false, "/", "http://127.0.0.1:8080/")]
    // Upper-case scheme and host: the host is compared without case anyway, the URL is normalised.
    [InlineData("HTTPS://Cloud.IBM.com/", "cloud.ibm.com", 443, ProbeStep.Http, true, "/", "https://cloud.ibm.com/")]
    // IPv6 literal in brackets.
    [InlineData("https://[2001:db8::1]:8443/x", "2001:db8::1", 8443, ProbeStep.Http, true, "/x", "https://[2001:db8::1]:8443/x")]
    // host:port is a TCP connect (the etcd port for calicoctl).
    [InlineData("c100.us-south.containers.cloud.ibm.com:30245", "c100.us-south.containers.cloud.ibm.com", 30245, ProbeStep.Tcp, false, null, "c100.us-south.containers.cloud.ibm.com:30245")]
    // tcp:// says the same explicitly, a trailing slash is forgiven.
    [InlineData("tcp://10.0.0.1:22/", "10.0.0.1", 22, ProbeStep.Tcp, false, null, "10.0.0.1:22")]
    // tls:// adds the handshake.
    [InlineData("tls://etcd.example.com:2379", "etcd.example.com", 2379, ProbeStep.Tls, true, null, "tls://etcd.example.com:2379")]
    // IPv6 host:port.
    [InlineData("[::1]:443", "::1", 443, ProbeStep.Tcp, false, null, "[::1]:443")]
    // A name only.
    [InlineData("dns://private.us.icr.io", "private.us.icr.io", 0, ProbeStep.Dns, false, null, "dns://private.us.icr.io")]
    public void TryParse_ValidSpec_GivesTheTarget(string spec, string host, int port, ProbeStep depth, bool tls, string? path, string name)
    {
        Assert.True(ProbeTarget.TryParse(spec, out var target, out var error), error);
        Assert.Equal(host, target.Host);
        Assert.Equal(port, target.Port);
        Assert.Equal(depth, target.Depth);
        Assert.Equal(tls, target.UseTls);
        Assert.Equal(path, target.Http?.PathAndQuery);
        Assert.Equal(name, target.Name);
        Assert.Equal(HttpCheck.DefaultStatuses, target.Http?.AcceptedStatuses ?? HttpCheck.DefaultStatuses);
        Assert.False(target.AllowUntrustedCertificate);
    }

    [Theory]
    // A bare name has no port: the message says how to write one.
    [InlineData("us.icr.io", "give a port (us.icr.io:443) or write a URL")]
    [InlineData("", "empty target")]
    [InlineData("ftp://x.example.com/", "unknown scheme 'ftp'")]
    [InlineData("us.icr.io:0", "is not a target")]
    [InlineData("us.icr.io:70000", "is not a target")]
    [InlineData("us.icr.io:https", "is not a target")]
    [InlineData("tls://us.icr.io", "is not a target")]
    [InlineData("2001:db8::1:443", "is not a target")]
    [InlineData("http://example.com:0/", "port 0 is not a TCP port")] // Uri takes port 0; building the target threw
    [InlineData("https://[2001:db8::1]:0/", "port 0 is not a TCP port")]
    [InlineData("https://user:pw@us.icr.io/", "user names and passwords in target URLs are not supported")]
    [InlineData("https://bad host/", "is not a valid URL")]
    [InlineData("dns://us.icr.io:53", "dns://host takes a host name and nothing else")]
    public void TryParse_BadSpec_SaysWhatIsWrong(string spec, string expected)
    {
        Assert.False(ProbeTarget.TryParse(spec, out var target, out var error));
        Assert.Null(target);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void WithHttp_KeepsAGivenNameAndTheOtherSettings()
    {
        Assert.True(ProbeTarget.TryParse("https://us.icr.io/api/v1/messages", out var target, out _));
        var named = target with { Name = "registry", Purpose = "ibmcloud cr", AllowUntrustedCertificate = true };

        var changed = named.WithHttp(named.Http!.WithMethod("HEAD"));

        Assert.Equal("registry", changed.Name);
        Assert.Equal("ibmcloud cr", changed.Purpose);
        Assert.True(changed.AllowUntrustedCertificate);
        Assert.Equal("HEAD", changed.Http!.Method);
    }

    [Fact]
    public void WithHttp_DefaultName_FollowsTheNewPath()
    {
        var target = ProbeTarget.ForHttp("us.icr.io", 443, useTls: true, HttpCheck.Default);

        var changed = target.WithHttp(new HttpCheck("GET", "/api/v1/messages"));

        Assert.Equal("https://us.icr.io/api/v1/messages", changed.Name);
    }

    [Fact]
    public void Factories_RejectWhatCannotBeProbed()
    {
        Assert.Throws<ArgumentException>(() => ProbeTarget.ForTcp("bad host", 443));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProbeTarget.ForTls("us.icr.io", 0));
        Assert.Throws<ArgumentException>(() => ProbeTarget.ForDns("us.icr.io") with { Name = " " });
        Assert.Throws<InvalidOperationException>(() => ProbeTarget.ForTcp("us.icr.io", 443).WithHttp(HttpCheck.Default));
    }
}
