using Portcullis.Core.Analysis;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Topology;
using Portcullis.Formats.IbmVpc;
using Portcullis.Formats.Reports;
using Portcullis.Formats.Wording;
using Portcullis.Testing;

namespace Portcullis.Formats.Tests.Reports;

/// <summary>
/// The readable style states what the exact style states: read back line by line (sides expanded to every node or
/// address, connections parsed to sets), both give the same facts, plain and grouped.
/// </summary>
public sealed class ConnectivityReportWriterStyleTests
{
    private static string Write(ReportStyle style, bool grouping, ReportFormat format = ReportFormat.Txt, string? path = null)
    {
        var diagnostics = new DiagnosticBag();
        Assert.True(IbmVpcConfigReader.TryReadFile(path ?? RepositoryPaths.IksExample, diagnostics, out var config));
        var analyzer = new ConnectivityAnalyzer(NetworkTopology.Build(config, TopologyFilter.None, diagnostics)!);
        var output = new StringWriter();

        // As the command asks: the readable grouping wants each subnet's lines together.
        var order = grouping && style == ReportStyle.Readable ? TextOrder.BySubnet : TextOrder.Report.Nodes;
        ConnectivityReportWriter.Write(analyzer.StreamEndpoints(order), format, output, grouping, style: style);
        return output.ToString();
    }

    public static TheoryData<string> SharedInputs() =>
        RepositoryPaths.Shared is { } shared
            ? [.. Directory.GetFiles(Path.Combine(shared, "conformance", "npguard", "input"), "*.json").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)]
            : ["(none)"];

    [Theory]
    [MemberData(nameof(SharedInputs))]
    public void Readable_OnSharedInputs_StatesTheSameFactsAsExact(string input)
    {
        if (RepositoryPaths.Shared is not { } shared)
        {
            Assert.Skip(RepositoryPaths.NoSharedReason);
            return;
        }

        var path = Path.Combine(shared, "conformance", "npguard", "input", input);
        foreach (var grouping in new[] { false, true })
        {
            Assert.Equal(AllFacts(Write(ReportStyle.Exact, grouping, path: path)), AllFacts(Write(ReportStyle.Readable, grouping, path: path)));
        }
    }

    // One line as facts: every (source, destination) it names, with its connection as a set and its marks.
    private static IEnumerable<string> Facts(string line)
    {
        var colon = line.IndexOf(" : ", StringComparison.Ordinal);
        var sides = line[..colon];
        var connection = line[(colon + 3)..];
        var blocked = connection.Contains(" * ", StringComparison.Ordinal) || connection.EndsWith(" *", StringComparison.Ordinal);
        var set = ConnectionText.Parse(connection.Replace("**", string.Empty, StringComparison.Ordinal).Replace(" * ", string.Empty, StringComparison.Ordinal).Trim());
        string[] sources, destinations;
        if (sides.EndsWith(" " + RowText.AmongThemselves, StringComparison.Ordinal))
        {
            sources = destinations = Side(sides[..^(RowText.AmongThemselves.Length + 1)]);
        }
        else
        {
            var arrow = sides.IndexOf(" => ", StringComparison.Ordinal);
            sources = Side(sides[..arrow]);
            destinations = Side(sides[(arrow + 4)..].Replace(" " + RowText.NotToItself, string.Empty, StringComparison.Ordinal));
        }

        foreach (var source in sources)
        {
            foreach (var destination in destinations.Where(d => d != source))
            {
                yield return $"{source} -> {destination} : {ConnectionText.Of(set)} blocked={blocked}";
            }
        }
    }

    // External space as its exact address set; a list of names as each name.
    private static string[] Side(string text)
    {
        if (AddressText.TryParseReadable(text, out var kind, out var addresses))
        {
            return [$"{kind} {addresses}"];
        }

        return text.Replace(", ", ",", StringComparison.Ordinal).Split(',');
    }

    private static List<string> AllFacts(string report) =>
        [.. report.Split('\n').Where(l => l.Contains(" : ", StringComparison.Ordinal)).SelectMany(Facts).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Readable_StatesTheSameFactsAsExact(bool grouping)
    {
        var exact = AllFacts(Write(ReportStyle.Exact, grouping));
        var readable = AllFacts(Write(ReportStyle.Readable, grouping));

        Assert.NotEmpty(exact);
        Assert.Equal(exact, readable);
    }

    [Fact]
    public void Readable_IsShorterThanExact()
    {
        Assert.True(Write(ReportStyle.Readable, false).Length < Write(ReportStyle.Exact, false).Length);
    }

    [Fact]
    public void Readable_Grouped_SaysAmongThemselvesForWorkersThatReachEachOther()
    {
        var readable = Write(ReportStyle.Readable, grouping: true);

        Assert.Contains(
            "kube-cq2lq0ud0t3mfm6aff7g-iksprod-default-0000001[10.240.0.4], kube-cq2lq0ud0t3mfm6aff7g-iksprod-default-0000002[10.240.0.5] among themselves : protocol: ICMP,TCP,UDP\n",
            readable, StringComparison.Ordinal);
        Assert.Contains(
            "kube-cq2lq0ud0t3mfm6aff7g-iksprod-default-0000001[10.240.0.4],kube-cq2lq0ud0t3mfm6aff7g-iksprod-default-0000002[10.240.0.5] => kube-cq2lq0ud0t3mfm6aff7g-iksprod-default-0000001[10.240.0.4],kube-cq2lq0ud0t3mfm6aff7g-iksprod-default-0000002[10.240.0.5] : protocol: ICMP,TCP,UDP\n",
            Write(ReportStyle.Exact, grouping: true), StringComparison.Ordinal);
    }

    [Fact]
    public void Readable_Grouped_KeepsEachGroupsLinesTogether()
    {
        var lines = Write(ReportStyle.Readable, grouping: true).Split('\n').Where(l => l.Contains(" : ", StringComparison.Ordinal)).ToList();

        // The side a line is about: its source, or its destination when the source is external space.
        static string Owner(string line)
        {
            var sides = line[..line.IndexOf(" : ", StringComparison.Ordinal)];
            var arrow = sides.IndexOf(" => ", StringComparison.Ordinal);
            if (arrow < 0)
            {
                return sides[..^(RowText.AmongThemselves.Length + 1)];
            }

            var source = sides[..arrow];
            return source.StartsWith("Public Internet", StringComparison.Ordinal) || source.StartsWith("Service Network", StringComparison.Ordinal) ? sides[(arrow + 4)..] : source;
        }

        var owners = lines.Select(Owner).ToList();
        var runs = owners.Where((owner, i) => i == 0 || owners[i - 1] != owner).ToList();
        Assert.Equal(runs.Count, runs.Distinct().Count());
    }

    [Fact]
    public void Exact_IsTheDefaultStyle()
    {
        var diagnostics = new DiagnosticBag();
        Assert.True(IbmVpcConfigReader.TryReadFile(RepositoryPaths.IksExample, diagnostics, out var config));
        var analyzer = new ConnectivityAnalyzer(NetworkTopology.Build(config, TopologyFilter.None, diagnostics)!);
        var output = new StringWriter();
        ConnectivityReportWriter.Write(analyzer.StreamEndpoints(TextOrder.Report.Nodes), ReportFormat.Txt, output);

        Assert.Equal(Write(ReportStyle.Exact, grouping: false), output.ToString());
    }

    [Fact]
    public void Readable_Csv_KeepsTheEstablishedColumnsAndAddsReadableOnes()
    {
        var exact = Write(ReportStyle.Exact, false, ReportFormat.Csv).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var readable = Write(ReportStyle.Readable, false, ReportFormat.Csv).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("section,source,destination,connection,response_blocked,source_text,destination_text,connection_text", readable[0]);
        Assert.Equal(exact.Length, readable.Length);
        Assert.All(exact.Zip(readable).Skip(1), pair => Assert.StartsWith(pair.First + ",", pair.Second, StringComparison.Ordinal));
    }
}
