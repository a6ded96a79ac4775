using Portcullis.Formats.Json;
using Portcullis.Formats.Output;
using Portcullis.Formats.Text;
using Portcullis.Policies.Analysis;
using Portcullis.Policies.Formats.Text;

namespace Portcullis.Policies.Formats.Diff;

/// <summary>Words the answer to a comparison of two policy sets: what holds, and the pairs that show it.</summary>
public static class PolicyComparisonWriter
{
    /// <summary>The formats of a comparison: text, Markdown (as text), JSON and CSV witnesses.</summary>
    public static OutputFormats<PolicyDiffFormat> Formats => PolicyDiffWriter.Formats;

    /// <summary>The sentence that answers the query, naming <paramref name="first"/> and <paramref name="second"/>.</summary>
    public static string Statement(PolicyComparisonAnswer answer, string first, string second)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (!answer.Outcome.Comparable)
        {
            return "the two configurations have different endpoints, so they cannot be compared this way";
        }

        var holds = answer.Outcome.Holds;
        return answer.Query switch
        {
            PolicyComparisonQuery.Equivalence => $"{first} and {second} " + (holds ? "allow exactly the same connections" : "do not allow the same connections"),
            PolicyComparisonQuery.StrongEquivalence => $"{first} and {second} " + (holds ? "have the same policies, each allowing the same" : "are not strongly equivalent"),
            PolicyComparisonQuery.Containment => holds ? $"{second} allows everything {first} allows" : $"{first} allows connections {second} does not",
            PolicyComparisonQuery.TwoWayContainment => (answer.FirstInSecond, answer.SecondInFirst) switch
            {
                (true, true) => $"{first} and {second} are equivalent",
                (true, false) => $"{first} is strictly contained in {second}",
                (false, true) => $"{second} is strictly contained in {first}",
                _ => $"neither of {first} and {second} contains the other",
            },
            PolicyComparisonQuery.Permits => holds ? $"{second} permits everything {first}'s policies allow" : $"{second} does not permit connections {first}'s policies allow",
            PolicyComparisonQuery.Forbids => holds ? $"{second} forbids everything {first}'s policies allow" : $"{second} allows connections {first}'s policies allow",
            _ => holds ? $"{first} interferes with {second}: its policies allow connections {second}'s do not" : $"{first} does not interfere with {second}",
        };
    }

    /// <summary>Writes the answer and its witnesses; <paramref name="first"/> and <paramref name="second"/> name what was compared.</summary>
    public static void Write(PolicyComparisonAnswer answer, string first, string second, PolicyDiffFormat format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(output);
        var outcome = answer.Outcome;
        if (format == PolicyDiffFormat.Json)
        {
            JsonText.Write(output, json =>
            {
                json.WriteStartObject();
                json.WriteString("query", answer.Query.ToString());
                json.WriteString("first", first);
                json.WriteString("second", second);
                json.WriteBoolean("comparable", outcome.Comparable);
                json.WriteBoolean("holds", outcome.Holds);
                json.WriteStartArray("witnesses");
                foreach (var witness in outcome.Witnesses)
                {
                    json.WriteStartObject();
                    json.WriteString("source", PolicyText.Peer(witness.Source));
                    json.WriteString("destination", PolicyText.Peer(witness.Destination));
                    json.WriteString("first", PolicyText.Connections(witness.First));
                    json.WriteString("second", PolicyText.Connections(witness.Second));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            });
            return;
        }

        output.WriteLine(SafeText.Of(Statement(answer, first, second)));
        if (!outcome.Witnesses.IsEmpty)
        {
            var header = format == PolicyDiffFormat.Csv ? "source,destination,first,second" : $"{"source",-30} {"destination",-30} first => second";
            output.WriteLine(header);
            foreach (var witness in outcome.Witnesses)
            {
                output.WriteLine(format == PolicyDiffFormat.Csv
                    ? string.Join(',', new[] { PolicyText.Peer(witness.Source), PolicyText.Peer(witness.Destination), PolicyText.Connections(witness.First), PolicyText.Connections(witness.Second) }.Select(CsvText.Field))
                    : $"{PolicyText.Peer(witness.Source),-30} {PolicyText.Peer(witness.Destination),-30} {PolicyText.Connections(witness.First)} => {PolicyText.Connections(witness.Second)}");
            }
        }
    }
}
