namespace Portcullis.Fuzz.Mutation;

/// <summary>Byte-level mutations, as AFL's havoc stage makes them: flips, interesting bytes, deletions, duplications, splices.</summary>
internal static class ByteMutator
{
    /// <summary>A mutant of <paramref name="input"/> after one to eight byte-level changes; <paramref name="other"/> is spliced in sometimes.</summary>
    public static byte[] Mutate(byte[] input, byte[] other, Random random)
    {
        var bytes = new List<byte>(input);
        var changes = 1 + random.Next(8);
        for (var i = 0; i < changes; i++)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(8))
            {
                case 0 when bytes.Count > 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when bytes.Count > 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 2:
                    bytes.InsertRange(at, HostileValues.Bytes[random.Next(HostileValues.Bytes.Length)]);
                    break;
                case 3 when bytes.Count > 0:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(64)));
                    break;
                case 4 when bytes.Count > 0:
                    var length = Math.Min(bytes.Count - at, 1 + random.Next(256));
                    var copy = bytes.GetRange(at, length);
                    bytes.InsertRange(random.Next(bytes.Count + 1), copy);
                    break;
                case 5 when bytes.Count > 0:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 6 when other.Length > 0:
                    var start = random.Next(other.Length);
                    bytes.InsertRange(at, other.AsSpan(start, Math.Min(other.Length - start, 1 + random.Next(512))).ToArray());
                    break;
                default:
                    // A run of one byte, as a field blown up to a long string or a line of nothing.
                    bytes.InsertRange(at, Enumerable.Repeat((byte)(random.Next(2) == 0 ? 'a' : random.Next(256)), 1 + random.Next(4096)));
                    break;
            }
        }

        return [.. bytes];
    }
}
