using System.Text;
using CsCheck;
using Portcullis.Core.Addresses;
using Portcullis.Core.Analysis;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;
using Portcullis.Formats.IbmVpc;
using Portcullis.Formats.Output;
using Portcullis.Formats.Reports;
using Portcullis.Testing;

namespace Portcullis.Formats.Tests.IbmVpc;

/// <summary>The writer's output reads back as the configuration it was written from, and every command then answers the same.</summary>
public sealed class IbmVpcConfigWriterTests
{
    private const long Iterations = 2_000;

    private static string Write(VpcConfiguration configuration)
    {
        using var text = new StringWriter();
        IbmVpcConfigWriter.Write(configuration, text);
        return text.ToString();
    }

    private static VpcConfiguration ReadBack(string json, DiagnosticBag? diagnostics = null)
    {
        diagnostics ??= new DiagnosticBag();
        Assert.True(IbmVpcConfigReader.TryRead(Encoding.UTF8.GetBytes(json), "written.json", diagnostics, out var read), string.Join("\n", diagnostics.ToImmutable()) + "\n" + json);
        return read;
    }

    private static string? EndpointReport(VpcConfiguration configuration, out string diagnostics)
    {
        var bag = new DiagnosticBag();
        var topology = NetworkTopology.Build(configuration, TopologyFilter.None, bag);
        diagnostics = string.Join("\n", bag.ToImmutable().Select(d => $"{d.Code} {d.Message}"));
        if (topology is null)
        {
            return null;
        }

        using var text = new StringWriter();
        ConnectivityReportWriter.Write(new ConnectivityAnalyzer(topology).AnalyzeEndpoints(), ReportFormat.Txt, text);
        return text.ToString();
    }

    [Fact]
    public void Write_RandomConfigurations_ReadBackAsTheSameModel()
    {
        RandomConfigurations.Configurations.Sample(configuration =>
        {
            var json = Write(configuration);
            var read = ReadBack(json);
            Assert.True(ModelEquality.FirstDifference(configuration, read) is null, ModelEquality.FirstDifference(configuration, read) + "\n" + json);
        }, iter: Iterations);
    }

    [Fact]
    public void Write_RandomConfigurations_ReportEndpointsIsTheSameOnTheWrittenFile()
    {
        var analysed = 0;
        RandomConfigurations.Configurations.Sample(configuration =>
        {
            var before = EndpointReport(configuration, out var beforeDiagnostics);
            var after = EndpointReport(ReadBack(Write(configuration)), out var afterDiagnostics);
            Assert.Equal(beforeDiagnostics, afterDiagnostics);
            Assert.Equal(before, after);
            analysed += before is null ? 0 : 1;
        }, iter: Iterations / 4, threads: 1);

        // The generator's references hold: most configurations analyse, so the comparison is of reports, not of failures.
        Assert.True(analysed > Iterations / 8, $"only {analysed} of {Iterations / 4} random configurations analysed");
    }

    [Fact]
    public void Write_TheExample_ReadsBackAsTheSameModel()
    {
        var diagnostics = new DiagnosticBag();
        Assert.True(IbmVpcConfigReader.TryReadFile(RepositoryPaths.IksExample, diagnostics, out var example));

        var read = ReadBack(Write(example));

        Assert.Null(ModelEquality.FirstDifference(example, read));
        Assert.Equal(EndpointReport(example, out _), EndpointReport(read, out _));
    }

    [Fact]
    public void Write_AclRule_WritesTheApiFieldsInArrayOrder()
    {
        // Written by hand from the VPC API's network ACL rule: ports both ways, the array order is the priority.
        var configuration = new ConfigBuilder()
            .Subnet("s1", "10.0.0.0/24", "acl-1")
            .AclRule("acl-1", AclAction.Deny, TrafficDirection.Outbound, "10.0.0.0/24", "0.0.0.0/0", ConnectionSet.All, "deny-out")
            .AclRule("acl-1", AclAction.Allow, TrafficDirection.Inbound, "0.0.0.0/0", "10.0.0.0/24", ConnectionSet.Ports(IpProtocols.Tcp, 1024, 65535, 443, 443), "https-in")
            .Build();

        var json = Write(configuration);

        using var document = System.Text.Json.JsonDocument.Parse(json);
        var rules = document.RootElement.GetProperty("network_acls")[0].GetProperty("rules");
        Assert.Equal(
            """{"id":"acl-1-r1","name":"https-in","action":"allow","direction":"inbound","source":"0.0.0.0/0","destination":"10.0.0.0/24","protocol":"tcp","source_port_min":1024,"source_port_max":65535,"destination_port_min":443,"destination_port_max":443}""",
            System.Text.Json.JsonSerializer.Serialize(rules[1]));
        Assert.Equal("deny-out", rules[0].GetProperty("name").GetString());
        Assert.Equal("any", rules[0].GetProperty("protocol").GetString());
    }

    [Fact]
    public void Write_RuleItsFieldsCannotSay_IsRefusedBeforeAnythingIsWritten()
    {
        // tcp ports 22 and 443 in one rule: no single port range says it (no reader makes such a rule).
        var configuration = new ConfigBuilder().Subnet("s1", "10.0.0.0/24", "acl-1").Build();
        var acl = configuration.NetworkAcls[0];
        var twoRanges = ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 22, 22).Union(ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 443, 443));
        var rule = new NetworkAclRule("r1", "two-ranges", AclAction.Allow, TrafficDirection.Inbound, IpPrefix.AllIPv4, IpPrefix.AllIPv4, RuleProtocol.FromApiName("tcp"), twoRanges, 1);
        var broken = configuration with { NetworkAcls = [acl with { Rules = [rule] }] };
        using var text = new StringWriter();

        var error = Assert.Throws<UnrepresentableValueException>(() => IbmVpcConfigWriter.Write(broken, text));

        Assert.Contains("two-ranges", error.Message, StringComparison.Ordinal);
        Assert.Equal(string.Empty, text.ToString());
    }
}
