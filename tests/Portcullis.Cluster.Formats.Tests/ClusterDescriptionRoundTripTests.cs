using CsCheck;
using Portcullis.Cluster.Description;
using Portcullis.Cluster.Formats.Description;
using Portcullis.Cluster.Requirements;
using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;
using Portcullis.Testing;

namespace Portcullis.Cluster.Formats.Tests;

/// <summary>
/// The other format Portcullis both writes and reads: <c>cluster init</c>'s <c>cluster.yaml</c>. On random
/// descriptions, with names YAML would take for something else (<c>yes</c>, <c>1.20</c>, <c>a: b</c>, <c>#x</c>, quotes,
/// control and bidirectional characters), what the writer writes reads back as the same description.
/// </summary>
public sealed class ClusterDescriptionRoundTripTests
{
    // No name starts or ends with a space: the reader trims values on purpose, so such a name is not one it gives.
    private static readonly string[] Names =
        ["iks-prod", "yes", "null", "1.20", "a: b", "#not-a-comment", "with \"quotes\"", "back\\slash", "tab\there", "line\nbreak", "bidi\u202eevil", "- dash", "[list]", "ünïcode"];

    private static readonly Gen<string> Name = Gen.OneOf(Names);

    private static readonly Gen<WorkerSubnet> Subnet = Gen.Select(Gen.Bool, Gen.OneOf<string?>([null, .. Names]), Gen.OneOf("us-south-1", "us-south-2"), Gen.Int[0, 255],
        (hasId, name, zone, third) => new WorkerSubnet(hasId || name is null ? $"0717-subnet-{third}" : null, name, zone, IpPrefix.Parse($"10.240.{third}.0/24")));

    private static readonly Gen<ClusterWorker> Worker = Gen.Select(Name, Gen.Int[4, 250], Gen.OneOf<string?>(null, "us-south-1"), Gen.OneOf<string?>(null, "default", "yes"), Gen.OneOf<string?>(null, "0717-subnet-1"),
        (id, host, zone, pool, subnet) => new ClusterWorker(id, IpAddress.Parse($"10.240.0.{host}"), zone, pool, subnet));

    private static readonly Gen<ClusterOverrides> Overrides = Gen.Select(
        Gen.OneOf<DocumentationEra?>(null, DocumentationEra.Vpc2020, DocumentationEra.AclSgMinimums, DocumentationEra.SecureByDefault),
        Gen.OneOf<string?>(null, "dal", "yes"),
        Gen.OneOf("150.238.229.128/27", "169.61.0.0/16").Array[0, 2],
        Name.Array[0, 2],
        (era, metro, cidrs, waive) => ClusterOverrides.None with { Era = era, Metro = metro, ControlPlaneCidrs = [.. cidrs.Distinct().Select(c => IpPrefix.Parse(c))], Waive = [.. waive] });

    private static readonly Gen<ClusterDescription> Descriptions = Gen.Select(
        Gen.Select(Name, Name, Gen.OneOf("us-south", "eu-de"), Gen.OneOf("1.18.20_1555", "1.29.8_1543", "1.33.1_1520"), Gen.OneOf("us-south-1", "us-south-2", "yes").Array[1, 3]),
        Gen.Select(Name, Subnet.Array[1, 3], (pool, subnets) => new WorkerPool(pool, [.. subnets])).Array[1, 2],
        Gen.Bool,
        Worker.Array[0, 3],
        Gen.Select(Gen.OneOf<string?>(null, "https://c100.us-south.containers.cloud.ibm.com:31438"), Gen.OneOf<string?>(null, "https://c100.private.us-south.containers.cloud.ibm.com:31438"), Gen.OneOf<string?>(null, "c100.us-south.containers.cloud.ibm.com:30453")),
        Gen.Select(Gen.OneOf("global", "us-south", "yes").Array[1, 3], Name.Array[0, 2], Name.Array[0, 2], Overrides),
        (identity, pools, gateways, workers, endpoints, rest) =>
        {
            var (name, id, region, version, zones) = identity;

            // As the reader builds them: pools by distinct name, a pool's subnets by distinct CIDR, one gateway per zone (or none), zones and workers listed once.
            pools = [.. pools.DistinctBy(p => p.Name).Select(p => p with
            {
                Subnets = [.. p.Subnets.DistinctBy(s => s.Cidr).Select(s => s with { PublicGatewayIp = gateways ? IpAddress.Parse($"52.118.{s.Zone[^1]}.14") : null })],
            })];
            zones = [.. zones.Distinct()];
            workers = [.. workers.DistinctBy(w => w.Id)];
            var (registries, configs, policies, overrides) = rest;
            return new ClusterDescription(name, id, region, [.. zones], Version(version), version, [.. pools], [.. workers],
                ClusterDescription.DefaultPodSubnet, IpPrefix.Parse("172.21.0.0/16"), Endpoint(endpoints.Item1, 443), Endpoint(endpoints.Item2, 443), Endpoint(endpoints.Item3, 443),
                [.. registries.Distinct()], [.. configs], overrides)
            { Policies = [.. policies] };
        });

    private static ServiceEndpoint? Endpoint(string? text, int defaultPort) => ServiceEndpoint.TryParse(text, out var endpoint, defaultPort) ? endpoint : null;

    private static KubernetesVersion Version(string text) => KubernetesVersion.TryParse(text, out var version) ? version : throw new ArgumentException(text);

    [Fact]
    public void Write_RandomDescriptions_ReadBackAsTheSameDescription()
    {
        Descriptions.Sample(description =>
        {
            using var text = new StringWriter();
            ClusterDescriptionWriter.Write(description, ["a source: with \"quotes\"\n"], text);
            var diagnostics = new DiagnosticBag();

            Assert.True(ClusterDescriptionReader.TryRead(text.ToString(), "written.yaml", diagnostics, out var read), string.Join("\n", diagnostics.ToImmutable()) + "\n" + text);
            Assert.True(ModelEquality.FirstDifference(description, read) is null, ModelEquality.FirstDifference(description, read) + "\n" + text);
        }, iter: 2_000);
    }
}
