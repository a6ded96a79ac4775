using System.IO.Compression;

namespace Portcullis.Fuzz.Mutation;

/// <summary>One mutant of a seed: structural for the input's shape half of the time, byte-level otherwise.</summary>
internal static class Mutator
{
    /// <summary>A mutant of <paramref name="seed"/> (<paramref name="other"/> may be spliced in).</summary>
    public static byte[] Mutate(InputShape shape, byte[] seed, byte[] other, Random random)
    {
        var structural = random.Next(2) == 0;
        switch (shape)
        {
            case InputShape.Json when structural:
                return JsonMutator.Mutate(seed, random) ?? ByteMutator.Mutate(seed, other, random);
            case InputShape.Yaml when structural:
                return YamlMutator.Mutate(seed, random) ?? ByteMutator.Mutate(seed, other, random);
            case InputShape.Lines when structural:
                return LineMutator.Mutate(seed, random);
            case InputShape.GzipJson when random.Next(4) == 0:
                // Corrupt the compressed bytes themselves: truncated streams, bad CRCs, bad headers.
                return ByteMutator.Mutate(seed, other, random);
            case InputShape.GzipJson:
                var json = Gunzip(seed);
                var mutant = structural ? JsonMutator.Mutate(json, random) ?? ByteMutator.Mutate(json, Gunzip(other), random) : ByteMutator.Mutate(json, Gunzip(other), random);
                return Gzip(mutant);
            default:
                return ByteMutator.Mutate(seed, other, random);
        }
    }

    /// <summary>The bytes, gzip-compressed.</summary>
    public static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray();
    }

    private static byte[] Gunzip(byte[] bytes)
    {
        try
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            gzip.CopyTo(buffer);
            return buffer.ToArray();
        }
        catch (InvalidDataException)
        {
            return bytes;
        }
    }
}
