using Portcullis.Core.Diagnostics;
using Portcullis.Policies.Formats.Reading;
using Portcullis.Policies.Formats.Writing;
using Portcullis.Testing;

namespace Portcullis.Policies.Formats.Tests.Writing;

/// <summary>Calico resources written for calicoctl read back as the same resources; strings are quoted exactly when YAML needs it.</summary>
public sealed class CalicoYamlWriterTests
{
    [Fact]
    public void Write_ExamplePolicies_ReadBackAsTheSamePolicies()
    {
        var diagnostics = new DiagnosticBag();
        var read = PolicyResourceReader.ReadPaths([Path.Combine(RepositoryPaths.Examples, "calico-basics")], ResourceRoles.All, diagnostics);
        var calico = read.Policies.Where(p => !p.IsKubernetes).ToList();
        var hosts = read.Endpoints.Where(e => e.IsHost).ToList();
        Assert.NotEmpty(calico);
        Assert.NotEmpty(hosts);

        var first = Write(calico, hosts);
        var again = PolicyResourceReader.ReadText(first, "again.yaml", ResourceRoles.All, diagnostics);

        Assert.DoesNotContain(diagnostics.ToImmutable(), d => d.Severity == Severity.Error);
        Assert.Equal(first, Write(again.Policies, again.Endpoints));
        Assert.Equal(calico.Select(p => (p.Id, p.Order, p.Tier, p.Selector, p.AppliesToIngress, p.AppliesToEgress)), again.Policies.Select(p => (p.Id, p.Order, p.Tier, p.Selector, p.AppliesToIngress, p.AppliesToEgress)));
        Assert.Equal(calico.Select(p => p.IngressRules.Length + p.EgressRules.Length), again.Policies.Select(p => p.IngressRules.Length + p.EgressRules.Length));
    }

    [Theory]
    [InlineData("allow-dns", "allow-dns")]
    [InlineData("10.0.0.0/8", "10.0.0.0/8")]
    [InlineData("true", "\"true\"")]
    [InlineData("No", "\"No\"")]
    [InlineData("443", "\"443\"")]
    [InlineData("2040:2041", "\"2040:2041\"")]
    [InlineData("ibm.role == 'worker_private'", "\"ibm.role == 'worker_private'\"")]
    [InlineData("say \"hi\"\u001b", "\"say \\\"hi\\\"\\u001b\"")]
    [InlineData("", "\"\"")]
    public void Quote_String_PlainOnlyWhenYamlReadsItBackAsTheString(string value, string expected) =>
        Assert.Equal(expected, YamlBlock.Quote(value));

    [Fact]
    public void Write_HostileLabelKeyAndValues_ReadBackAsExactlyThoseLabels()
    {
        // A label key is written as a mapping key: unquoted, ': ' and a newline in it made labels (or resources) of its own.
        const string Input = """
            apiVersion: projectcalico.org/v3
            kind: HostEndpoint
            metadata:
              name: node-1
              labels:
                "evil: x\nkind: GlobalNetworkPolicy": "v\u2028w"
                "true": "a: b"
                role: worker
            spec:
              node: node-1
              expectedIPs: ["10.0.0.4"]
            """;
        var diagnostics = new DiagnosticBag();
        var read = PolicyResourceReader.ReadText(Input, "hostile.yaml", ResourceRoles.All, diagnostics);
        var host = Assert.Single(read.Endpoints);

        var written = Write([], [host]);
        var again = PolicyResourceReader.ReadText(written, "again.yaml", ResourceRoles.All, diagnostics);

        Assert.DoesNotContain(diagnostics.ToImmutable(), d => d.Severity == Severity.Error);
        Assert.Equal(3, host.Labels.Count);
        Assert.Equal(host.Labels.OrderBy(l => l.Key, StringComparer.Ordinal), Assert.Single(again.Endpoints).Labels.OrderBy(l => l.Key, StringComparer.Ordinal));
        Assert.Empty(again.Policies);
    }

    [Fact]
    public void Write_KubernetesPolicy_Refused()
    {
        var policy = new Model.Policy { Id = new Model.PolicyId(Model.PolicyKind.KubernetesNetworkPolicy, "ns", "p") };

        Assert.Throws<ArgumentException>(() => Write([policy], []));
    }

    private static string Write(IEnumerable<Model.Policy> policies, IEnumerable<Model.Endpoint> endpoints)
    {
        using var writer = new StringWriter();
        CalicoYamlWriter.Write(writer, policies, endpoints);
        return writer.ToString();
    }
}
