using Portcullis.Formats.Output;
using Portcullis.Formats.Text;

namespace Portcullis.Formats.Tests.Text;

public sealed class FirewallRuleTextTests
{
    [Theory]
    [InlineData("c100.us-south.containers.cloud.ibm.com")]
    [InlineData("10.0.0.1")]
    [InlineData("2001:db8::1")]
    [InlineData("_etcd._tcp.example.com")]
    public void Host_HostNameOrAddress_IsWrittenAsItIs(string host) => Assert.Equal(host, FirewallRuleText.Host(host, "nftables"));

    [Theory]
    [InlineData("1.2.3.4 accept; flush ruleset")]
    [InlineData("a\nadd rule")]
    [InlineData("a\"b")]
    [InlineData("$(touch x)")]
    [InlineData("-j ACCEPT")]
    [InlineData("")]
    public void Host_AnythingElse_IsRefusedNamingTheValue(string host)
    {
        var error = Assert.Throws<UnrepresentableValueException>(() => FirewallRuleText.Host(host, "nftables"));

        Assert.StartsWith("cannot write nftables: the host '", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
