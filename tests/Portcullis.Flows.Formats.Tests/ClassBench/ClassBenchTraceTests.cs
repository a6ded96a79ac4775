using Portcullis.Core.Diagnostics;
using Portcullis.Flows.Classification;
using Portcullis.Flows.Formats.ClassBench;
using Portcullis.Testing;

namespace Portcullis.Flows.Formats.Tests.ClassBench;

/// <summary>
/// Every packet of the shipped ClassBench traces (1,000,000 each) through the compiled classifier, against the
/// first-matching filter the trace records.
/// </summary>
public sealed class ClassBenchTraceTests
{
    [Theory]
    [InlineData("acl1_1k")]
    [InlineData("acl1_10k")]
    [InlineData("acl1_100k")]
    [InlineData("fw1_10k")]
    [InlineData("ipc1_10k")]
    public void Classify_EveryTracePacket_IsTheRecordedFirstMatch(string set)
    {
        var (filters, packets) = Load(set);
        var classifier = FirstMatchClassifier.Build(ClassBenchReader.ToClassifierRules(filters));
        var flows = packets.Select(p => p.Flow).ToArray();
        var decisions = new int[flows.Length];

        classifier.Classify(flows, decisions);

        var mismatches = Enumerable.Range(0, packets.Length).Where(i => decisions[i] != packets[i].ExpectedIndex).ToList();
        Assert.True(mismatches.Count == 0,
            $"{mismatches.Count} of {packets.Length} packets differ, first: {(mismatches.Count > 0 ? $"{packets[mismatches[0]]} got {decisions[mismatches[0]]}" : "")}");
    }

    [Theory]
    [InlineData("acl1_1k")]
    [InlineData("fw1_10k")]
    public void ExpectedIndex_SampledPackets_AgreesWithTheFiltersReadNaively(string set)
    {
        // Checks our reading of the format itself (prefixes, inclusive port ranges, protocol masks, 0-based
        // indices) against the trace, independently of the classifier: a linear scan of the filters.
        var (filters, packets) = Load(set);
        for (var i = 0; i < packets.Length; i += 997)
        {
            var flow = packets[i].Flow;
            var expected = filters.Select((f, index) => (f, index)).FirstOrDefault(p => p.f.Matches(flow), (null!, -1)).index;
            Assert.Equal(packets[i].ExpectedIndex, expected);
        }
    }

    private static (IReadOnlyList<ClassBenchFilter> Filters, ClassBenchPacket[] Packets) Load(string set)
    {
        var shared = RepositoryPaths.Shared;
        if (shared is null)
        {
            Assert.Skip(RepositoryPaths.NoSharedReason);
        }

        var directory = Path.Combine(shared, "benchdata", "classbench");
        var diagnostics = new DiagnosticBag();
        Assert.True(ClassBenchReader.TryReadFilters(Path.Combine(directory, set), diagnostics, out var filters), string.Join('\n', diagnostics.ToImmutable()));
        Assert.True(ClassBenchReader.TryReadTrace(Path.Combine(directory, $"{set}_trace_uniform_1M.gz"), diagnostics, out var packets), string.Join('\n', diagnostics.ToImmutable()));
        return (filters, packets);
    }
}
