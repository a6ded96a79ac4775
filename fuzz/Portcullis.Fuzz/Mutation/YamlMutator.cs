using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Portcullis.Fuzz.Mutation;

/// <summary>
/// Structural YAML mutations: well-formed YAML whose values, types and shapes are wrong, plus what only YAML has
/// (anchors and aliases that expand, including as mapping keys; tags; flow collections; deep nesting).
/// </summary>
internal static class YamlMutator
{
    private const string AliasBomb = "[&a [x,x,x,x,x,x,x,x,x], &b [*a,*a,*a,*a,*a,*a,*a,*a,*a], &c [*b,*b,*b,*b,*b,*b,*b,*b,*b], "
        + "&d [*c,*c,*c,*c,*c,*c,*c,*c,*c], &e [*d,*d,*d,*d,*d,*d,*d,*d,*d], &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]]";

    /// <summary>A structural mutant, or null when <paramref name="input"/> is not YAML this mutator can load.</summary>
    public static byte[]? Mutate(byte[] input, Random random)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(System.Text.Encoding.UTF8.GetString(input));
            stream.Load(reader);
        }
        catch (YamlException)
        {
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return null;
        }

        var splices = new List<(string Marker, string Text)>();
        var changes = 1 + random.Next(4);
        for (var i = 0; i < changes; i++)
        {
            var document = stream.Documents[random.Next(stream.Documents.Count)];
            var places = new List<Place>();
            Collect(document.RootNode, null, null, places);
            if (places.Count == 0)
            {
                continue;
            }

            Apply(places[random.Next(places.Count)], places, splices, random);
        }

        using var writer = new StringWriter();
        try
        {
            stream.Save(writer, assignAnchors: false);
        }
        catch (YamlException)
        {
            // A value the emitter cannot write (a lone surrogate): the byte-level mutator puts those in instead.
            return null;
        }

        var text = writer.ToString();
        foreach (var (marker, splice) in Enumerable.Reverse(splices))
        {
            text = text.Replace(marker, splice, StringComparison.Ordinal);
        }

        return System.Text.Encoding.UTF8.GetBytes(text);
    }

    private sealed record Place(YamlNode Node, YamlNode? Parent, YamlNode? Key);

    private static void Apply(Place place, List<Place> places, List<(string, string)> splices, Random random)
    {
        switch (random.Next(9))
        {
            case 0:
                Remove(place);
                break;
            case 1:
                Replace(place, new YamlScalarNode(HostileValues.Strings[random.Next(HostileValues.Strings.Length)]));
                break;
            case 2:
                Replace(place, new YamlScalarNode(HostileValues.Numbers[random.Next(HostileValues.Numbers.Length)]));
                break;
            case 3:
                Replace(place, random.Next(3) switch { 0 => new YamlScalarNode("~"), 1 => new YamlSequenceNode(), _ => new YamlMappingNode() });
                break;
            case 4 when place.Parent is YamlSequenceNode sequence:
                sequence.Children.Insert(random.Next(sequence.Children.Count + 1), Clone(place.Node));
                break;
            case 5:
                var donor = places[random.Next(places.Count)].Node;
                if (!Contains(place.Node, donor))
                {
                    Replace(place, Clone(donor));
                }

                break;
            case 6:
                var depth = random.Next(4) == 0 ? 100_000 : 1 + random.Next(64);
                var marker = $"splice{splices.Count}x{random.Next()}";
                splices.Add((marker, new string('[', depth) + "x" + new string(']', depth)));
                Replace(place, new YamlScalarNode(marker));
                break;
            case 7:
                var bomb = $"bomb{splices.Count}x{random.Next()}";
                splices.Add((bomb, random.Next(2) == 0 ? AliasBomb : "{? " + AliasBomb + " : v}"));
                Replace(place, new YamlScalarNode(bomb));
                break;
            default:
                if (place.Node is YamlScalarNode { Value: { } text })
                {
                    var edited = text.Length == 0 ? "x" : random.Next(3) switch
                    {
                        0 => text + text,
                        1 => text[..random.Next(text.Length)],
                        _ => text.Insert(random.Next(text.Length), ((char)random.Next(0x20, 0x7f)).ToString()),
                    };
                    Replace(place, new YamlScalarNode(edited));
                }

                break;
        }
    }

    private static YamlNode Clone(YamlNode node) => node switch
    {
        YamlScalarNode scalar => new YamlScalarNode(scalar.Value) { Style = scalar.Style },
        YamlSequenceNode sequence => new YamlSequenceNode(sequence.Children.Select(Clone)),
        YamlMappingNode mapping => new YamlMappingNode(mapping.Children.Select(p => new KeyValuePair<YamlNode, YamlNode>(Clone(p.Key), Clone(p.Value)))),
        _ => new YamlScalarNode("~"),
    };

    private static bool Contains(YamlNode node, YamlNode candidate) => node.AllNodes.Any(n => ReferenceEquals(n, candidate));

    private static void Collect(YamlNode node, YamlNode? parent, YamlNode? key, List<Place> places)
    {
        if (places.Count > 50_000)
        {
            return;
        }

        places.Add(new Place(node, parent, key));
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (childKey, child) in mapping.Children)
                {
                    Collect(child, mapping, childKey, places);
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var child in sequence.Children)
                {
                    Collect(child, sequence, null, places);
                }

                break;
        }
    }

    private static void Remove(Place place)
    {
        switch (place.Parent)
        {
            case YamlMappingNode mapping when place.Key is not null:
                mapping.Children.Remove(place.Key);
                break;
            case YamlSequenceNode sequence:
                sequence.Children.Remove(place.Node);
                break;
        }
    }

    private static void Replace(Place place, YamlNode replacement)
    {
        switch (place.Parent)
        {
            case YamlMappingNode mapping when place.Key is not null && mapping.Children.ContainsKey(place.Key):
                mapping.Children[place.Key] = replacement;
                break;
            case YamlSequenceNode sequence:
                var index = sequence.Children.IndexOf(place.Node);
                if (index >= 0)
                {
                    sequence.Children[index] = replacement;
                }

                break;
        }
    }
}
