using System.Text;
using System.Text.Json;
using Portcullis.Fuzz.Mutation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Portcullis.Fuzz.Tests.Mutation;

public sealed class MutatorTests
{
    private static readonly byte[] Json = """{"subnets":[{"id":"s1","ipv4_cidr_block":"10.0.0.0/24"},{"id":"s2","ipv4_cidr_block":"10.0.1.0/24"}],"name":"vpc"}"""u8.ToArray();

    private static readonly byte[] Yaml = "name: prod\nworkers:\n  - ip: 10.0.0.4\n    zone: us-south-1\n  - ip: 10.0.1.4\nvpcConfigs: [config.json]\n"u8.ToArray();

    [Fact]
    public void Mutate_SameSeed_GivesTheSameMutants()
    {
        var first = Enumerable.Range(0, 50).Select(i => Mutator.Mutate(InputShape.Json, Json, Yaml, new Random(i))).ToArray();
        var again = Enumerable.Range(0, 50).Select(i => Mutator.Mutate(InputShape.Json, Json, Yaml, new Random(i))).ToArray();

        Assert.Equal(first, again);
    }

    [Fact]
    public void JsonMutate_MostlyWellFormed_AndNeverTheSeed()
    {
        var mutants = Enumerable.Range(0, 300).Select(i => JsonMutator.Mutate(Json, new Random(i))).ToArray();

        Assert.All(mutants, Assert.NotNull);
        var wellFormed = mutants.Count(m => IsJson(m!));
        var deep = mutants.Count(m => !IsJson(m!) && Encoding.UTF8.GetString(m!).Contains(new string('[', 50), StringComparison.Ordinal));
        // Every mutant is well-formed JSON except those nested past the parser's default depth (64), on purpose.
        Assert.Equal(300, wellFormed + deep);
        Assert.True(deep > 0, "some mutants nest deep");
        Assert.True(mutants.Count(m => m!.AsSpan().SequenceEqual(Json)) < 30, "mutants differ from the seed");
    }

    [Fact]
    public void JsonMutate_NotJson_IsNull() => Assert.Null(JsonMutator.Mutate("{oops"u8.ToArray(), new Random(1)));

    [Fact]
    public void YamlMutate_WellFormedButForWhatOnlyYamlHas()
    {
        var all = Enumerable.Range(0, 300).Select(i => YamlMutator.Mutate(Yaml, new Random(i))).ToArray();
        // Null only where a lone surrogate was drawn, which YAML's emitter cannot write (the byte mutator does).
        Assert.True(all.Count(m => m is null) < 15, "few mutants are given up");
        var mutants = all.Where(m => m is not null).ToArray();
        Assert.Contains(mutants, m => Encoding.UTF8.GetString(m!).Contains("&a [x,x", StringComparison.Ordinal));
        Assert.Contains(mutants, m => Encoding.UTF8.GetString(m!).Contains(new string('[', 1000), StringComparison.Ordinal));
        // Mutants nested deeper than a thousand levels are left out: loading them is the reader's test, not this one's.
        var shallow = mutants.Where(m => !Encoding.UTF8.GetString(m!).Contains(new string('[', 1000), StringComparison.Ordinal)).ToArray();
        Assert.True(shallow.Count(m => IsYaml(m!)) > shallow.Length / 2, "most mutants load");
    }

    [Fact]
    public void GzipMutate_MostlyStillGzip()
    {
        var seed = Mutator.Gzip(Json);
        var mutants = Enumerable.Range(0, 200).Select(i => Mutator.Mutate(InputShape.GzipJson, seed, seed, new Random(i))).ToArray();

        Assert.True(mutants.Count(m => m is [0x1f, 0x8b, ..]) > 120, "most mutants are gzip, so the reader's JSON is reached");
    }

    private static bool IsJson(byte[] bytes)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool IsYaml(byte[] bytes)
    {
        try
        {
            new YamlStream().Load(new StringReader(Encoding.UTF8.GetString(bytes)));
            return true;
        }
        catch (YamlException)
        {
            return false;
        }
    }
}
