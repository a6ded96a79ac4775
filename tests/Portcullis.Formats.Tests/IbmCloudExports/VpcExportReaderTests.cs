using System.Text;
using System.Text.Json.Nodes;
using Portcullis.Core.Diagnostics;
using Portcullis.Formats.Configuration;
using Portcullis.Formats.IbmVpc;
using Portcullis.Testing;
using static Portcullis.Formats.Tests.TerraformShow.TerraformAnalysis;

namespace Portcullis.Formats.Tests.IbmCloudExports;

/// <summary>
/// What <c>ibmcloud is vpcs|subnets|... --output JSON</c> prints, one command per file: which list it is comes from the
/// objects, several files combine, and what an export cannot say is said.
/// </summary>
public sealed class VpcExportReaderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("portcullis-exports-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static (bool Ok, ConfigurationDocument? Document, DiagnosticBag Diagnostics) ReadExport(string json)
    {
        var diagnostics = new DiagnosticBag();
        var ok = ConfigurationReader.TryRead(Encoding.UTF8.GetBytes(json), "export.json", diagnostics, out var document);
        return (ok, document, diagnostics);
    }

    [Theory]
    [InlineData("{\"crn\":\"crn:v1:bluemix:public:is:us-south:a/1::network-acl:r006-x\",\"id\":\"r006-x\",\"name\":\"x\",\"vpc\":{\"id\":\"v\"},\"rules\":[]}", "network_acls")]
    [InlineData("{\"resource_type\":\"subnet\",\"id\":\"s\",\"name\":\"s\",\"vpc\":{\"id\":\"v\"},\"zone\":{\"name\":\"z\"},\"ipv4_cidr_block\":\"10.0.0.0/24\",\"network_acl\":{\"id\":\"a\"}}", "subnets")]
    [InlineData("{\"id\":\"g\",\"name\":\"g\",\"vpc\":{\"id\":\"v\"},\"rules\":[{\"direction\":\"inbound\",\"protocol\":\"tcp\"}],\"targets\":[]}", "security_groups")] // no crn: by its fields
    [InlineData("{\"id\":\"p\",\"name\":\"p\",\"vpc\":{\"id\":\"v\"},\"zone\":{\"name\":\"z\"},\"floating_ip\":{\"address\":\"52.1.1.1\"}}", "public_gateways")]
    [InlineData("{\"id\":\"f\",\"name\":\"f\",\"address\":\"52.1.1.2\",\"target\":{\"id\":\"n\"}}", "floating_ips")]
    public void TryRead_List_IsToldByItsObjects(string item, string collection)
    {
        var (ok, document, diagnostics) = ReadExport($"[{item}]");
        Assert.True(ok, string.Join("\n", diagnostics.ToImmutable()));
        Assert.Equal(ConfigurationFormat.IbmCloudExport, document!.Format);
        var counts = new Dictionary<string, int>
        {
            ["network_acls"] = document.Configuration.NetworkAcls.Length,
            ["subnets"] = document.Configuration.Subnets.Length,
            ["security_groups"] = document.Configuration.SecurityGroups.Length,
            ["public_gateways"] = document.Configuration.PublicGateways.Length,
            ["floating_ips"] = document.Configuration.FloatingIps.Length,
        };
        Assert.Equal(1, counts[collection]);
        Assert.Equal(1, counts.Values.Sum());
    }

    [Fact]
    public void TryRead_ExportOfACommandItDoesNotRead_IsAnError()
    {
        var (ok, _, diagnostics) = ReadExport("[{\"crn\":\"crn:v1:bluemix:public:is:us-south:a/1::image:r006-img\",\"id\":\"r006-img\",\"name\":\"ubuntu-24-04\"}]");
        Assert.False(ok);
        var error = Assert.Single(diagnostics.ToImmutable());
        Assert.Equal(("PC5200", "$[0]"), (error.Code, error.Location!.Path));
        Assert.Contains("objects of type 'image' of service 'is'", error.Message, StringComparison.Ordinal);
        Assert.Contains("ibmcloud is vpcs|subnets|network-acls|security-groups|instances|public-gateways|floating-ips|endpoint-gateways|load-balancers --output JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_ListOfSomethingElse_IsAnError()
    {
        // 'ibmcloud ks worker ls --output json' is a list too, of workers: not a VPC list.
        var (ok, _, diagnostics) = ReadExport("[{\"id\":\"kube-c1-default-0001\",\"primaryIP\":\"10.240.0.4\",\"poolName\":\"default\"}]");
        Assert.False(ok);
        Assert.Contains("an object of no VPC list Portcullis reads", Assert.Single(diagnostics.ToImmutable()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_TwoCommandsInOneFile_IsAnErrorAtTheFirstOfTheOther()
    {
        var (ok, _, diagnostics) = ReadExport("[{\"resource_type\":\"vpc\",\"id\":\"v\",\"name\":\"v\"},{\"resource_type\":\"subnet\",\"id\":\"s\"}]");
        Assert.False(ok);
        var error = Assert.Single(diagnostics.ToImmutable());
        Assert.Equal(("PC5201", "$[1]"), (error.Code, error.Location!.Path));
    }

    [Fact]
    public void TryRead_BadValue_IsReportedAtTheExportsOwnPath()
    {
        var (ok, _, diagnostics) = ReadExport("[{\"resource_type\":\"subnet\",\"id\":\"s\",\"name\":\"s\",\"vpc\":{\"id\":\"v\"},\"zone\":{\"name\":\"z\"},\"ipv4_cidr_block\":\"10.0.0.0/33\",\"network_acl\":{\"id\":\"a\"}}]");
        Assert.False(ok);
        var error = Assert.Single(diagnostics.ToImmutable());
        Assert.Equal(("PC1006", "$[0].ipv4_cidr_block"), (error.Code, error.Location!.Path));
    }

    [Fact]
    public void TryRead_LoadBalancersListedByReference_ForwardNothing_AndSaySo()
    {
        var (ok, document, diagnostics) = ReadExport("""
            [{"resource_type":"load_balancer","id":"r006-lb","name":"alb","is_public":false,"subnets":[{"id":"s"}],"private_ips":[{"address":"10.0.0.8"}],
              "listeners":[{"id":"r006-l","href":"https://us-south.iaas.cloud.ibm.com/v1/load_balancers/r006-lb/listeners/r006-l"}],
              "pools":[{"id":"r006-p","name":"pool"}]}]
            """);
        Assert.True(ok);
        var lb = Assert.Single(document!.Configuration.LoadBalancers);
        Assert.Empty(lb.Listeners);
        Assert.Empty(lb.Pools);
        var warning = Assert.Single(diagnostics.ToImmutable());
        Assert.Equal(("PC5202", "$[0].listeners", Severity.Warning), (warning.Code, warning.Location!.Path, warning.Severity));
    }

    [Fact]
    public void TryReadFiles_AddressPrefixExport_GivesTheVpcItsPrefixes()
    {
        // The VPC list has no prefixes; 'ibmcloud is vpc-address-prefixes VPC' names its VPC in each href.
        var vpcs = Write("vpcs.json", "[{\"resource_type\":\"vpc\",\"id\":\"r006-v\",\"crn\":\"crn:v1:bluemix:public:is:us-south:a/1::vpc:r006-v\",\"name\":\"v\"}]");
        var prefixes = Write("prefixes.json", "[{\"cidr\":\"10.240.0.0/18\",\"has_subnets\":true,\"is_default\":false,\"name\":\"z1\",\"id\":\"r006-p1\",\"zone\":{\"name\":\"us-south-1\"},"
            + "\"href\":\"https://us-south.iaas.cloud.ibm.com/v1/vpcs/r006-v/address_prefixes/r006-p1\"}]");
        var diagnostics = new DiagnosticBag();
        Assert.True(ConfigurationReader.TryReadFiles([prefixes, vpcs], diagnostics, out var configuration), string.Join("\n", diagnostics.ToImmutable()));
        var prefix = Assert.Single(Assert.Single(configuration.Vpcs).AddressPrefixes);
        Assert.Equal(("10.240.0.0/18", "us-south-1", "z1"), (prefix.Cidr.ToString(), prefix.Zone, prefix.Name));

        // Without the VPC list, the prefixes have nowhere to go, and that is said.
        var alone = new DiagnosticBag();
        Assert.True(ConfigurationReader.TryReadFiles([prefixes], alone, out _));
        Assert.Equal(("PC5205", "$[0]"), (Assert.Single(alone.ToImmutable()).Code, alone.ToImmutable()[0].Location!.Path));
    }

    [Fact]
    public void TryRead_AddressPrefixWithoutHref_IsAnError()
    {
        var (ok, _, diagnostics) = ReadExport("[{\"cidr\":\"10.240.0.0/18\",\"is_default\":false,\"name\":\"z1\"}]");
        Assert.False(ok);
        Assert.Equal("$[0].href", Assert.Single(diagnostics.ToImmutable()).Location!.Path);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void TryRead_EmptyList_IsAnEmptyConfiguration()
    {
        var (ok, document, diagnostics) = ReadExport("[]");
        Assert.True(ok);
        Assert.Empty(document!.Configuration.Vpcs);
        Assert.Equal(Severity.Note, Assert.Single(diagnostics.ToImmutable()).Severity);
    }

    [Fact]
    public void TryReadFiles_TheExamplesExports_AnalyseAsTheExample()
    {
        // The example's objects as the list commands print them; the instance list gives no interface's groups (the
        // groups' targets say them) and the VPC list no address prefixes. IKS workers come from no 'ibmcloud is'
        // list, so the example is compared without its cluster.
        var config = JsonNode.Parse(File.ReadAllText(RepositoryPaths.IksExample))!.AsObject();
        var files = Split(config);
        var diagnostics = new DiagnosticBag();
        Assert.True(ConfigurationReader.TryReadFiles(files, diagnostics, out var fromExports), string.Join("\n", diagnostics.ToImmutable()));

        config.Remove("iks_clusters");
        Assert.True(IbmVpcConfigReader.TryRead(Encoding.UTF8.GetBytes(config.ToJsonString()), "config.json", new DiagnosticBag(), out var expected));
        Assert.Equal(EndpointReport(expected), EndpointReport(fromExports));
    }

    [Theory]
    [InlineData("input_acl_testing3.json")]
    [InlineData("input_sg_testing1_new.json")]
    [InlineData("input_lb_bad_practice.json")]
    public void TryReadFiles_SharedInputsAsExports_AnalyseAsTheCollectorJson(string input)
    {
        if (RepositoryPaths.Shared is not { } shared)
        {
            Assert.Skip(RepositoryPaths.NoSharedReason);
            return;
        }

        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(shared, "conformance", "npguard", "input", input)))!.AsObject();
        var diagnostics = new DiagnosticBag();
        Assert.True(ConfigurationReader.TryReadFiles(Split(config), diagnostics, out var fromExports), string.Join("\n", diagnostics.ToImmutable()));
        foreach (var name in new[] { "iks_clusters", "transit_gateways", "transit_connections", "routing_tables" })
        {
            config.Remove(name);
        }

        Assert.True(IbmVpcConfigReader.TryRead(Encoding.UTF8.GetBytes(config.ToJsonString()), input, new DiagnosticBag(), out var expected));
        Assert.Equal(EndpointReport(expected), EndpointReport(fromExports));
    }

    // One file per list command, holding what that command prints.
    private List<string> Split(JsonObject config)
    {
        var files = new List<string>();
        foreach (var (collection, command) in new[]
        {
            ("vpcs", "vpcs"), ("subnets", "subnets"), ("network_acls", "network-acls"), ("security_groups", "security-groups"), ("instances", "instances"),
            ("public_gateways", "public-gateways"), ("floating_ips", "floating-ips"), ("endpoint_gateways", "endpoint-gateways"), ("load_balancers", "load-balancers"),
        })
        {
            if (config[collection] is not JsonArray { Count: > 0 } items)
            {
                continue;
            }

            var list = items.DeepClone().AsArray();
            foreach (var item in list.OfType<JsonObject>())
            {
                item.Remove("address_prefixes");
                item.Remove("reserved_ips");
                foreach (var nic in item["network_interfaces"]?.AsArray().OfType<JsonObject>() ?? [])
                {
                    nic.Remove("security_groups");
                }
            }

            var path = Path.Combine(_directory, $"{command}.json");
            File.WriteAllText(path, list.ToJsonString());
            files.Add(path);
        }

        return files;
    }
}
