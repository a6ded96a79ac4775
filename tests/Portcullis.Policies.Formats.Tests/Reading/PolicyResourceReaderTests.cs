using Portcullis.Core.Diagnostics;
using Portcullis.Core.Sets;
using Portcullis.Policies.Formats.Reading;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Formats.Tests.Reading;

/// <summary>What kubectl and calicoctl print, read as the API server and calicoctl would accept or reject it.</summary>
public sealed class PolicyResourceReaderTests
{
    private static (PolicyResources Resources, DiagnosticBag Diagnostics) Read(string text, ResourceRoles roles = ResourceRoles.All)
    {
        var diagnostics = new DiagnosticBag();
        return (PolicyResourceReader.ReadText(text, "in.yaml", roles, diagnostics), diagnostics);
    }

    private const string K8s = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: ns}\nspec:\n";

    [Fact]
    public void Read_MultiDocumentListsAndTypedListsWithoutKinds_ReadsEverything()
    {
        var (resources, diagnostics) = Read("""
            apiVersion: v1
            kind: NamespaceList
            items:
            - metadata: {name: shop, labels: {team: a}}
            ---
            apiVersion: v1
            kind: List
            items:
            - apiVersion: apps/v1
              kind: Deployment
              metadata: {name: web, namespace: shop}
              spec: {replicas: 5, template: {metadata: {labels: {app: web}}, spec: {containers: [{ports: [{name: http, containerPort: 80}]}]}}}
            - apiVersion: v1
              kind: Pod
              metadata: {name: solo, namespace: shop, ownerReferences: [{kind: ReplicaSet, name: solo-5d9f}]}
              spec: {serviceAccountName: robot}
              status: {podIP: 10.1.2.3}
            ---
            apiVersion: projectcalico.org/v3
            kind: GlobalNetworkSetList
            items:
            - metadata: {name: corp, labels: {zone: corp}}
              spec: {nets: [192.0.2.0/24]}
            """);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToImmutable()));
        Assert.Equal(Labels.Of(("team", "a")), Assert.Single(resources.Namespaces).Labels);
        Assert.Equal(["web-1", "web-2", "solo"], resources.Endpoints.Select(e => e.Name));
        Assert.Equal(new NamedPort("http", IpProtocols.Tcp, 80), resources.Endpoints[0].NamedPorts.Single());
        Assert.Equal(new WorkloadOwner("ReplicaSet", "solo-5d9f"), resources.Endpoints[2].Owner);
        Assert.Equal("robot", resources.Endpoints[2].ServiceAccount);
        Assert.Equal("10.1.2.3", resources.Endpoints[2].Addresses.ToString().Split('/')[0]);
        Assert.True(Assert.Single(resources.NetworkSets).IsGlobal);
    }

    [Fact]
    public void Read_Roles_KeepOnlyTheKindsAsked()
    {
        var (resources, _) = Read(K8s + "  podSelector: {}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: x}\n", ResourceRoles.Policies);
        Assert.Single(resources.Policies);
        Assert.Empty(resources.Endpoints);
    }

    [Fact]
    public void Read_KubernetesDefaults_PolicyTypesFollowTheRules()
    {
        var (resources, _) = Read(K8s + "  podSelector: {}\n  egress: [{}]\n---\n" + K8s.Replace("name: p", "name: q", StringComparison.Ordinal) + "  podSelector: {}\n  egress: []\n");
        Assert.True(resources.Policies[0].AppliesToEgress);
        Assert.True(resources.Policies[0].AppliesToIngress);
        Assert.False(resources.Policies[1].AppliesToEgress); // an empty egress list does not make an egress policy
    }

    [Theory]
    [InlineData("  podSelector: {matchLabels: {app: 6}}\n", "$.spec.podSelector.matchLabels.app", nameof(PolicyDiagnostics.WrongType))] // a number is not a label value
    [InlineData("  podSelector: {}\n  policyTypes: [Egress]\n  ingress: [{}]\n", "$.spec.ingress", nameof(PolicyDiagnostics.Inconsistent))]
    [InlineData("  podSelector: {}\n  ingress: [{from: [{ipBlock: {cidr: 10.0.0.0/33}}]}]\n", "$.spec.ingress[0].from[0].ipBlock.cidr", nameof(PolicyDiagnostics.InvalidValue))]
    [InlineData("  podSelector: {}\n  ingress: [{from: [{ipBlock: {cidr: 10.0.0.0/8}, podSelector: {}}]}]\n", "$.spec.ingress[0].from[0]", nameof(PolicyDiagnostics.Inconsistent))]
    [InlineData("  podSelector: {}\n  ingress: [{ports: [{port: 80, endPort: 70}]}]\n", "$.spec.ingress[0].ports[0].endPort", nameof(PolicyDiagnostics.Inconsistent))]
    [InlineData("  podSelector: {}\n  ingress: [{ports: [{port: Http_Port}]}]\n", "$.spec.ingress[0].ports[0].port", nameof(PolicyDiagnostics.InvalidValue))]
    [InlineData("  podSelector: {}\n  ingress: [{ports: [{protocol: ICMP}]}]\n", "$.spec.ingress[0].ports[0].protocol", nameof(PolicyDiagnostics.InvalidValue))]
    [InlineData("  podSelector: {matchExpressions: [{key: app, operator: In}]}\n", "$.spec.podSelector.matchExpressions[0]", nameof(PolicyDiagnostics.Inconsistent))]
    [InlineData("  podSelector: {}\n  ingres: []\n", "$.spec.ingres", nameof(PolicyDiagnostics.UnknownField))]
    [InlineData("  ingress: []\n", "$.spec", nameof(PolicyDiagnostics.MissingField))]
    public void Read_InvalidKubernetesPolicy_IsRejectedAtItsPath(string spec, string path, string descriptor)
    {
        var (resources, diagnostics) = Read(K8s + spec);
        var error = Assert.Single(diagnostics.ToImmutable(), d => d.Severity == Severity.Error);
        Assert.Same(Descriptor(descriptor), error.Descriptor);
        Assert.Equal(path, error.Location!.Path);
        Assert.Equal("in.yaml", error.Location.File);
        Assert.NotNull(error.Location.Line);
        Assert.Empty(resources.Policies);
    }

    [Theory]
    [InlineData("  ingress: [{action: Allow, protocol: ICMP, destination: {ports: [80]}}]\n", "$.spec.ingress[0].destination.ports", nameof(PolicyDiagnostics.Inconsistent))]
    [InlineData("  ingress: [{action: Permit}]\n", "$.spec.ingress[0].action", nameof(PolicyDiagnostics.InvalidValue))]
    [InlineData("  ingress: [{action: Allow, protocol: TCPP}]\n", "$.spec.ingress[0].protocol", nameof(PolicyDiagnostics.InvalidValue))]
    [InlineData("  ingress: [{action: Allow, protocol: ICMP, icmp: {code: 1}}]\n", "$.spec.ingress[0].icmp.code", nameof(PolicyDiagnostics.Inconsistent))]
    [InlineData("  ingress: [{action: Allow, source: {selector: \"app == 'x\"}}]\n", "$.spec.ingress[0].source.selector", nameof(PolicyDiagnostics.InvalidSelector))]
    [InlineData("  ingress: [{action: Allow, protocol: TCP, destination: {ports: ['90:80']}}]\n", "$.spec.ingress[0].destination.ports[0]", nameof(PolicyDiagnostics.InvalidValue))]
    [InlineData("  preDNAT: true\n  selector: all()\n", "$.spec", nameof(PolicyDiagnostics.Inconsistent))] // preDNAT needs applyOnForward
    [InlineData("  namespaceSelector: all()\n", "$.spec.namespaceSelector", nameof(PolicyDiagnostics.UnknownField))] // only global policies have one
    public void Read_InvalidCalicoPolicy_IsRejectedAtItsPath(string spec, string path, string descriptor)
    {
        var kind = spec.Contains("preDNAT", StringComparison.Ordinal) ? "GlobalNetworkPolicy" : "NetworkPolicy";
        var (resources, diagnostics) = Read($"apiVersion: projectcalico.org/v3\nkind: {kind}\nmetadata: {{name: p}}\nspec:\n" + spec);
        var error = Assert.Single(diagnostics.ToImmutable(), d => d.Severity == Severity.Error);
        Assert.Same(Descriptor(descriptor), error.Descriptor);
        Assert.Equal(path, error.Location!.Path);
        Assert.Empty(resources.Policies);
    }

    [Theory]
    // The API server refuses these, but what they mean is clear: the policy is kept, and the reading is said.
    [InlineData(K8s + "  podSelector: {}\n  ingress: [{from: [{ipBlock: {cidr: 10.1.2.3}}]}]\n", "$.spec.ingress[0].from[0].ipBlock.cidr", nameof(PolicyDiagnostics.AddressWithoutPrefix))]
    [InlineData(K8s + "  podSelector: {}\n  ingress: [{from: [{ipBlock: {cidr: 10.0.0.0/16, except: [10.2.0.0/24]}}]}]\n", "$.spec.ingress[0].from[0].ipBlock.except[0]", nameof(PolicyDiagnostics.ExceptionOutsideBlock))]
    [InlineData("apiVersion: projectcalico.org/v3\nkind: Profile\nmetadata: {name: p}\nspec:\n  types: [Ingress]\n", "$.spec.types", nameof(PolicyDiagnostics.ProfileTypesIgnored))]
    public void Read_RefusedButClearPolicy_IsKeptWithAWarning(string yaml, string path, string descriptor)
    {
        var (resources, diagnostics) = Read(yaml);
        var warning = Assert.Single(diagnostics.ToImmutable());
        Assert.Same(Descriptor(descriptor), warning.Descriptor);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(path, warning.Location!.Path);
        Assert.Equal(1, resources.Policies.Length + resources.Profiles.Length);
    }

    [Fact]
    public void Read_CalicoRule_ReadsEveryCriterion()
    {
        var (resources, diagnostics) = Read("""
            apiVersion: projectcalico.org/v3
            kind: NetworkPolicy
            metadata: {name: p, namespace: shop}
            spec:
              order: 20.5
              tier: security
              selector: app == 'db'
              types: [Ingress]
              ingress:
              - action: Deny
                protocol: 6
                notProtocol: UDP
                ipVersion: 4
                source:
                  nets: [10.0.0.0/8]
                  notNets: [10.1.0.0/16]
                  notSelector: "role == 'x'"
                  namespaceSelector: global()
                  serviceAccounts: {names: [robot], selector: "team == 'a'"}
                destination:
                  ports: [80, "8080:8090", http]
                  notPorts: [8085]
            """);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToImmutable()));
        var policy = Assert.Single(resources.Policies);
        Assert.Equal(20.5, policy.Order);
        Assert.Equal("security", policy.Tier);
        var rule = Assert.IsType<CalicoRule>(Assert.Single(policy.IngressRules));
        Assert.Equal(RuleAction.Deny, rule.Action);
        Assert.Equal(IpProtocols.Tcp, rule.Protocol);
        Assert.Equal(IpProtocols.Udp, rule.NotProtocol);
        Assert.Equal(4, rule.IpVersion);
        Assert.Equal([PortSpec.Single(80), new PortSpec(8080, 8090), PortSpec.Named("http")], rule.DestinationEntity.Ports!.Value);
        Assert.Equal(["robot"], rule.SourceEntity.ServiceAccountNames!.Value);
        Assert.Equal("role == 'x'", rule.SourceEntity.NotSelector!.ToString());
    }

    [Fact]
    public void Read_MalformedYaml_ReportsLineAndColumn()
    {
        var (_, diagnostics) = Read("apiVersion: v1\nkind: Pod\nmetadata: [a, b}\nspec: {}\n");
        var error = Assert.Single(diagnostics.ToImmutable());
        Assert.Same(PolicyDiagnostics.MalformedFile, error.Descriptor);
        Assert.Equal(3, error.Location!.Line);
    }

    [Fact]
    public void ReadPaths_MissingFile_IsReportedByName()
    {
        var diagnostics = new DiagnosticBag();
        PolicyResourceReader.ReadPaths(["/no/such/file.yaml"], ResourceRoles.All, diagnostics);
        var error = Assert.Single(diagnostics.ToImmutable());
        Assert.Same(PolicyDiagnostics.UnreadableFile, error.Descriptor);
        Assert.Equal("/no/such/file.yaml", error.Location!.File);
    }

    [Fact]
    public void Read_SecondDocumentError_NamesTheDocument()
    {
        var (_, diagnostics) = Read(K8s + "  podSelector: {}\n---\n" + K8s + "  podSelector: {}\n  policyTypes: [Both]\n");
        Assert.Equal("doc2:$.spec.policyTypes[0]", Assert.Single(diagnostics.ToImmutable()).Location!.Path);
    }

    [Fact]
    public void ToConfiguration_DuplicatePolicies_KeepsTheFirstAndWarns()
    {
        var (resources, diagnostics) = Read(K8s + "  podSelector: {}\n---\n" + K8s + "  podSelector: {matchLabels: {a: b}}\n");
        Assert.Single(resources.Policies);
        Assert.Same(PolicyDiagnostics.DuplicatePolicy, Assert.Single(diagnostics.ToImmutable()).Descriptor);
    }

    private static DiagnosticDescriptor Descriptor(string name) =>
        (DiagnosticDescriptor)typeof(PolicyDiagnostics).GetField(name)!.GetValue(null)!;
}
