using Portcullis.Core.Sets;
using Portcullis.Policies.Formats.Text;
using Portcullis.Policies.Layering;

namespace Portcullis.Policies.Formats.Layering;

/// <summary>
/// Words an isolation check: worker pairs that every layer treats alike are written once, with what each layer
/// allows, what the clusters need and what is allowed beyond it.
/// </summary>
public static class IsolationReportWriter
{
    /// <summary>Writes the report as text.</summary>
    public static void Write(IsolationReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var first = SafeText.Of(report.First);
        var second = SafeText.Of(report.Second);
        var shared = report.SharedSubnets.IsEmpty ? "no worker subnet in common" : "shared worker subnets: " + SafeText.Of(string.Join(", ", report.SharedSubnets));
        output.WriteLine($"Isolation of {first} and {second} ({shared})");
        output.WriteLine(report.NeedsKnown
            ? "  needed: what both clusters' IBM private-network isolation sets leave open between workers of different clusters (Felix failsafe ports included)"
            : "  needed: nothing (IBM publishes no isolation set for their regions)");
        foreach (var group in report.Pairs.GroupBy(Key))
        {
            var pairs = group.ToList();
            var sample = pairs[0];
            var sources = pairs.Select(p => p.Layers.Source).Distinct().ToList();
            var destinations = pairs.Select(p => p.Layers.Destination).Distinct().ToList();
            var product = sources.Count * destinations.Count == pairs.Count;
            var title = product
                ? $"{SafeText.Of(sample.SourceCluster)} {string.Join(", ", sources)} => {SafeText.Of(sample.DestinationCluster)} {string.Join(", ", destinations)}"
                : $"{SafeText.Of(sample.SourceCluster)} => {SafeText.Of(sample.DestinationCluster)}: {string.Join(", ", pairs.Select(p => $"{p.Layers.Source} => {p.Layers.Destination}"))}";
            output.WriteLine($"  {title}");
            LayeredExplainWriter.WriteLayers(sample.Layers, output, "    ", detail: false);
            output.WriteLine($"    allowed: {PolicyText.Connections(sample.Layers.Allowed)}");
            output.WriteLine($"    needed:  {PolicyText.Connections(sample.Needed)}");
            output.WriteLine(sample.Beyond.IsEmpty
                ? "    beyond needed: none"
                : $"    beyond needed: {PolicyText.Connections(sample.Beyond)}  <- not isolated");
        }

        var open = report.Pairs.Count(p => !p.Beyond.IsEmpty);
        output.WriteLine(open == 0
            ? $"{first} and {second} are isolated: every one of {report.Pairs.Length} worker pairs allows only what it needs."
            : $"{first} and {second} are NOT isolated: {open} of {report.Pairs.Length} worker pairs allow more than they need.");
    }

    // Pairs every layer treats alike: the same verdict of each layer, need and direction.
    private static string Key(IsolationPair pair)
    {
        var layers = pair.Layers;
        var parts = new List<string>
        {
            pair.SourceCluster,
            pair.DestinationCluster,
            Text(layers.Vpc?.SecurityGroups),
            Text(layers.Vpc?.Acls),
            Text(pair.Needed),
        };
        parts.AddRange(layers.Calico.Select(c => c.Cluster + "=" + Text(c.Allowed)));
        return string.Join("|", parts);
    }

    private static string Text(ConnectionSet? set) => set is null ? "-" : PolicyText.Connections(set);
}
