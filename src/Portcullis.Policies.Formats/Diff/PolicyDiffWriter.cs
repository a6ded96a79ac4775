using Portcullis.Formats.Json;
using Portcullis.Formats.Text;
using Portcullis.Policies.Analysis;
using Portcullis.Policies.Formats.Text;

namespace Portcullis.Policies.Formats.Diff;

/// <summary>Words a semantic diff: what changed, by category.</summary>
public static partial class PolicyDiffWriter
{
    /// <summary>The title of a category.</summary>
    public static string Title(SemanticDiffCategory category) => category switch
    {
        SemanticDiffCategory.LostBetweenRemoved => "Lost connections between removed endpoints",
        SemanticDiffCategory.LostBetweenRemovedAndAddresses => "Lost connections between removed endpoints and external addresses",
        SemanticDiffCategory.LostBetweenRemovedAndPersistent => "Lost connections between removed endpoints and endpoints both have",
        SemanticDiffCategory.RemovedBetweenPersistent => "Removed connections between endpoints both have",
        SemanticDiffCategory.AddedBetweenPersistent => "Added connections between endpoints both have",
        SemanticDiffCategory.RemovedBetweenPersistentAndAddresses => "Removed connections between endpoints both have and external addresses",
        SemanticDiffCategory.AddedBetweenPersistentAndAddresses => "Added connections between endpoints both have and external addresses",
        SemanticDiffCategory.NewBetweenPersistentAndAdded => "New connections between endpoints both have and added endpoints",
        SemanticDiffCategory.NewBetweenAdded => "New connections between added endpoints",
        _ => "New connections between added endpoints and external addresses",
    };

    /// <summary>Writes a semantic diff from <paramref name="before"/> to <paramref name="after"/> (names of what was compared).</summary>
    public static void Write(SemanticDiffReport report, string before, string after, PolicyDiffFormat format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var categories = Enum.GetValues<SemanticDiffCategory>().Where(report.Changes.ContainsKey).ToList();
        switch (format)
        {
            case PolicyDiffFormat.Json:
                JsonText.Write(output, json =>
                {
                    json.WriteStartObject();
                    json.WriteString("before", before);
                    json.WriteString("after", after);
                    json.WriteBoolean("equivalent", report.IsEmpty);
                    json.WriteStartArray("changes");
                    foreach (var category in categories)
                    {
                        foreach (var change in report.Changes[category])
                        {
                            json.WriteStartObject();
                            json.WriteString("category", category.ToString());
                            json.WriteString("source", PolicyText.Peer(change.Source));
                            json.WriteString("destination", PolicyText.Peer(change.Destination));
                            json.WriteString("before", PolicyText.Connections(change.First));
                            json.WriteString("after", PolicyText.Connections(change.Second));
                            json.WriteEndObject();
                        }
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                });
                break;
            case PolicyDiffFormat.Csv:
                output.WriteLine("category,source,destination,before,after");
                foreach (var category in categories)
                {
                    foreach (var change in report.Changes[category])
                    {
                        output.WriteLine(string.Join(',', new[] { category.ToString(), PolicyText.Peer(change.Source), PolicyText.Peer(change.Destination), PolicyText.Connections(change.First), PolicyText.Connections(change.Second) }.Select(CsvText.Field)));
                    }
                }

                break;
            case PolicyDiffFormat.Md:
                output.WriteLine($"# Policy diff: {SafeText.Of(before)} → {SafeText.Of(after)}");
                output.WriteLine();
                if (report.IsEmpty)
                {
                    output.WriteLine("No connection changed.");
                }

                foreach (var category in categories)
                {
                    output.WriteLine($"## {Title(category)}");
                    output.WriteLine();
                    output.WriteLine("| source | destination | before | after |");
                    output.WriteLine("|---|---|---|---|");
                    foreach (var change in report.Changes[category])
                    {
                        output.WriteLine($"| {Cell(PolicyText.Peer(change.Source))} | {Cell(PolicyText.Peer(change.Destination))} | {Cell(PolicyText.Connections(change.First))} | {Cell(PolicyText.Connections(change.Second))} |");
                    }

                    output.WriteLine();
                }

                break;
            default:
                output.WriteLine($"Policy diff from {SafeText.Of(before)} to {SafeText.Of(after)}");
                if (report.IsEmpty)
                {
                    output.WriteLine("No connection changed.");
                }

                foreach (var category in categories)
                {
                    output.WriteLine($"{Title(category)}:");
                    foreach (var change in report.Changes[category])
                    {
                        output.WriteLine($"  {PolicyText.Peer(change.Source)} => {PolicyText.Peer(change.Destination)} : before {PolicyText.Connections(change.First)}, after {PolicyText.Connections(change.Second)}");
                    }
                }

                break;
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
