namespace Portcullis.Fuzz.Mutation;

/// <summary>Mutations of line-oriented text (ClassBench filters and traces): lines deleted, repeated and swapped, fields replaced with numbers at the edges.</summary>
internal static class LineMutator
{
    /// <summary>A mutant of the text's lines.</summary>
    public static byte[] Mutate(byte[] input, Random random)
    {
        var lines = System.Text.Encoding.UTF8.GetString(input).Split('\n').ToList();
        var changes = 1 + random.Next(4);
        for (var i = 0; i < changes && lines.Count > 0; i++)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(4))
            {
                case 0:
                    lines.RemoveAt(at);
                    break;
                case 1:
                    lines.Insert(random.Next(lines.Count + 1), lines[at]);
                    break;
                case 2:
                    var fields = lines[at].Split(['\t', ' '], StringSplitOptions.None);
                    fields[random.Next(fields.Length)] = HostileValues.Numbers[random.Next(HostileValues.Numbers.Length)];
                    lines[at] = string.Join(random.Next(2) == 0 ? '\t' : ' ', fields);
                    break;
                default:
                    var other = random.Next(lines.Count);
                    (lines[at], lines[other]) = (lines[other], lines[at]);
                    break;
            }
        }

        return System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }
}
