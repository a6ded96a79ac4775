using System.Globalization;
using System.Text.Json;

namespace Portcullis.Benchmarks.Vpc;

/// <summary>
/// A seeded generator of a dense, rule-heavy VPC, written as the collector's configuration JSON: every subnet with a
/// few instances, network ACLs of random allow and deny rules whose CIDRs lie anywhere in the IPv4 space (a quarter
/// of them 0.0.0.0/0), security groups of random rules, public gateways and floating IPs. The random CIDRs cut the
/// internet into many blocks, which is what makes its reports enormous.
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project benchmarks/Portcullis.Benchmarks -- generate-dense --subnets 1000 --output dense.json</c>;
/// the defaults are the shape of issue 15: 1,000 subnets of 5 instances, 250 ACLs of 200 rules, 40 groups of 100 rules.
/// </remarks>
public sealed class DenseVpcGenerator
{
    private static readonly string[] Zones = ["us-south-1", "us-south-2", "us-south-3"];
    private readonly Random _random;

    /// <summary>A generator with the given seed: the same seed and shape give the same file.</summary>
    public DenseVpcGenerator(int seed) => _random = new Random(seed);

    /// <summary>The shape of the VPC.</summary>
    public sealed record Shape(int Subnets = 1000, int InstancesPerSubnet = 5, int Acls = 250, int AclRules = 200, int SecurityGroups = 40, int GroupRules = 100);

    /// <summary>Writes the configuration JSON of a VPC of <paramref name="shape"/>.</summary>
    public void Write(Shape shape, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        WriteVpc(json);
        WriteAcls(json, shape);
        WriteSubnets(json, shape);
        WritePublicGateways(json);
        var floating = WriteInstances(json, shape);
        WriteGroups(json, shape);
        WriteFloatingIps(json, floating);
        json.WriteEndObject();
    }

    /// <summary>The <c>generate-dense</c> quick mode: parses <c>--name value</c> options and writes the file.</summary>
    public static int Run(string[] args)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Number(string name, int fallback) => Option(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
        var shape = new Shape(Number("--subnets", 1000), Number("--instances-per-subnet", 5), Number("--acls", 250), Number("--acl-rules", 200), Number("--groups", 40), Number("--group-rules", 100));
        var output = Option("--output") ?? "dense-vpc.json";
        using (var file = File.Create(output))
        {
            new DenseVpcGenerator(Number("--seed", 1)).Write(shape, file);
        }

        Console.WriteLine($"{output}: {shape}, {new FileInfo(output).Length / 1e6:F1} MB");
        return 0;
    }

    private static string SubnetCidr(int index) => $"10.{index / 64}.{index % 64 * 4}.0/22";

    private static string Address(int subnet, int host) => $"10.{subnet / 64}.{(subnet % 64 * 4) + (host / 256)}.{(host % 256) + 4}";

    private static void Reference(Utf8JsonWriter json, string property, string id, string name)
    {
        json.WriteStartObject(property);
        json.WriteString("id", id);
        json.WriteString("crn", "crn:" + id);
        json.WriteString("name", name);
        json.WriteEndObject();
    }

    private static void WriteVpc(Utf8JsonWriter json)
    {
        json.WriteStartArray("vpcs");
        json.WriteStartObject();
        json.WriteString("id", "vpc-1");
        json.WriteString("crn", "crn:vpc-1");
        json.WriteString("name", "dense-vpc");
        json.WriteString("region", "us-south");
        json.WriteStartArray("address_prefixes");
        json.WriteStartObject();
        json.WriteString("id", "prefix-1");
        json.WriteString("name", "all");
        json.WriteString("cidr", "10.0.0.0/8");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private string RandomCidr()
    {
        if (_random.Next(4) == 0)
        {
            return "0.0.0.0/0";
        }

        var length = _random.Next(8, 33);
        var address = (uint)_random.NextInt64(0, 1L << 32) & (length == 0 ? 0 : uint.MaxValue << (32 - length));
        return $"{address >> 24}.{(address >> 16) & 255}.{(address >> 8) & 255}.{address & 255}/{length}";
    }

    private void WriteGroupProtocol(Utf8JsonWriter json)
    {
        switch (_random.Next(4))
        {
            case 0:
            case 1:
                json.WriteString("protocol", _random.Next(2) == 0 ? "tcp" : "udp");
                var low = _random.Next(1, 65536);
                var high = Math.Min(65535, low + (_random.Next(3) == 0 ? 0 : _random.Next(0, 5000)));
                json.WriteNumber("port_min", low);
                json.WriteNumber("port_max", high);
                break;
            case 2:
                json.WriteString("protocol", "icmp");
                if (_random.Next(2) == 0)
                {
                    json.WriteNumber("type", _random.Next(0, 17));
                }

                break;
            default:
                json.WriteString("protocol", "all");
                break;
        }
    }

    private void WriteAclProtocol(Utf8JsonWriter json)
    {
        switch (_random.Next(4))
        {
            case 0:
            case 1:
                json.WriteString("protocol", _random.Next(2) == 0 ? "tcp" : "udp");
                var low = _random.Next(1, 65536);
                var high = Math.Min(65535, low + (_random.Next(3) == 0 ? 0 : _random.Next(0, 5000)));
                json.WriteNumber("destination_port_min", low);
                json.WriteNumber("destination_port_max", high);
                json.WriteNumber("source_port_min", 1);
                json.WriteNumber("source_port_max", 65535);
                break;
            case 2:
                json.WriteString("protocol", "icmp");
                if (_random.Next(2) == 0)
                {
                    json.WriteNumber("type", _random.Next(0, 17));
                }

                break;
            default:
                json.WriteString("protocol", "all");
                break;
        }
    }

    private void WriteAcls(Utf8JsonWriter json, Shape shape)
    {
        json.WriteStartArray("network_acls");
        for (var a = 0; a < shape.Acls; a++)
        {
            json.WriteStartObject();
            json.WriteString("id", $"acl-{a}");
            json.WriteString("crn", $"crn:acl-{a}");
            json.WriteString("name", $"acl-{a}");
            Reference(json, "vpc", "vpc-1", "dense-vpc");
            json.WriteStartArray("rules");
            for (var r = 0; r < shape.AclRules; r++)
            {
                json.WriteStartObject();
                json.WriteString("id", $"acl-{a}-rule-{r}");
                json.WriteString("name", $"rule-{r}");
                json.WriteString("action", _random.Next(3) == 0 ? "deny" : "allow");
                json.WriteString("direction", r % 2 == 0 ? "inbound" : "outbound");
                json.WriteString("source", RandomCidr());
                json.WriteString("destination", RandomCidr());
                WriteAclProtocol(json);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private void WriteSubnets(Utf8JsonWriter json, Shape shape)
    {
        json.WriteStartArray("subnets");
        for (var s = 0; s < shape.Subnets; s++)
        {
            json.WriteStartObject();
            json.WriteString("id", $"subnet-{s}");
            json.WriteString("crn", $"crn:subnet-{s}");
            json.WriteString("name", $"subnet-{s}");
            json.WriteString("ipv4_cidr_block", SubnetCidr(s));
            json.WriteStartObject("zone");
            json.WriteString("name", Zones[s % 3]);
            json.WriteEndObject();
            Reference(json, "vpc", "vpc-1", "dense-vpc");
            var acl = s * shape.Acls / shape.Subnets;
            Reference(json, "network_acl", $"acl-{acl}", $"acl-{acl}");
            if (s % 2 == 0)
            {
                Reference(json, "public_gateway", $"pgw-{s % 3}", $"pgw-{s % 3}");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WritePublicGateways(Utf8JsonWriter json)
    {
        json.WriteStartArray("public_gateways");
        for (var z = 0; z < Zones.Length; z++)
        {
            json.WriteStartObject();
            json.WriteString("id", $"pgw-{z}");
            json.WriteString("crn", $"crn:pgw-{z}");
            json.WriteString("name", $"pgw-{z}");
            json.WriteStartObject("zone");
            json.WriteString("name", Zones[z]);
            json.WriteEndObject();
            Reference(json, "vpc", "vpc-1", "dense-vpc");
            json.WriteStartObject("floating_ip");
            json.WriteString("address", $"52.118.{z}.1");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    // Returns the interfaces that get a floating IP, with their addresses.
    private List<(string Nic, string Address)> WriteInstances(Utf8JsonWriter json, Shape shape)
    {
        var floating = new List<(string, string)>();
        json.WriteStartArray("instances");
        for (var s = 0; s < shape.Subnets; s++)
        {
            for (var h = 0; h < shape.InstancesPerSubnet; h++)
            {
                var n = (s * shape.InstancesPerSubnet) + h;
                var nic = $"nic-{n}";
                var address = Address(s, h);
                json.WriteStartObject();
                json.WriteString("id", $"vsi-{n}");
                json.WriteString("crn", $"crn:vsi-{n}");
                json.WriteString("name", $"vsi-{n}");
                Reference(json, "vpc", "vpc-1", "dense-vpc");
                json.WriteStartObject("zone");
                json.WriteString("name", Zones[s % 3]);
                json.WriteEndObject();
                json.WriteStartArray("network_interfaces");
                json.WriteStartObject();
                json.WriteString("id", nic);
                json.WriteString("name", $"eth0-{n}");
                json.WriteStartObject("primary_ip");
                json.WriteString("address", address);
                json.WriteEndObject();
                Reference(json, "subnet", $"subnet-{s}", $"subnet-{s}");
                json.WriteStartArray("security_groups");
                var primary = s * shape.SecurityGroups / shape.Subnets;
                foreach (var g in _random.Next(5) == 0 ? new[] { primary, _random.Next(shape.SecurityGroups) }.Distinct() : [primary])
                {
                    json.WriteStartObject();
                    json.WriteString("id", $"sg-{g}");
                    json.WriteString("name", $"sg-{g}");
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
                if (_random.Next(20) == 0)
                {
                    floating.Add((nic, address));
                }
            }
        }

        json.WriteEndArray();
        return floating;
    }

    private void WriteGroups(Utf8JsonWriter json, Shape shape)
    {
        json.WriteStartArray("security_groups");
        for (var g = 0; g < shape.SecurityGroups; g++)
        {
            json.WriteStartObject();
            json.WriteString("id", $"sg-{g}");
            json.WriteString("crn", $"crn:sg-{g}");
            json.WriteString("name", $"sg-{g}");
            Reference(json, "vpc", "vpc-1", "dense-vpc");
            json.WriteStartArray("rules");
            for (var r = 0; r < shape.GroupRules; r++)
            {
                json.WriteStartObject();
                json.WriteString("id", $"sg-{g}-rule-{r}");
                json.WriteString("direction", r % 2 == 0 ? "inbound" : "outbound");
                json.WriteStartObject("remote");
                if (_random.Next(10) == 0)
                {
                    var other = _random.Next(shape.SecurityGroups);
                    json.WriteString("id", $"sg-{other}");
                    json.WriteString("name", $"sg-{other}");
                }
                else
                {
                    json.WriteString("cidr_block", RandomCidr());
                }

                json.WriteEndObject();
                WriteGroupProtocol(json);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private void WriteFloatingIps(Utf8JsonWriter json, List<(string Nic, string Address)> floating)
    {
        json.WriteStartArray("floating_ips");
        for (var f = 0; f < floating.Count; f++)
        {
            json.WriteStartObject();
            json.WriteString("id", $"fip-{f}");
            json.WriteString("crn", $"crn:fip-{f}");
            json.WriteString("name", $"fip-{f}");
            json.WriteString("address", $"150.240.{f / 250}.{(f % 250) + 1}");
            json.WriteStartObject("target");
            json.WriteString("id", floating[f].Nic);
            json.WriteString("resource_type", "network_interface");
            json.WriteStartObject("primary_ip");
            json.WriteString("address", floating[f].Address);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartObject("zone");
            json.WriteString("name", Zones[_random.Next(3)]);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
