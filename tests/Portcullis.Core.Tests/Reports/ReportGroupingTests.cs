using CsCheck;
using Portcullis.Core.Analysis;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Core.Reports;
using Portcullis.Core.Sets;
using Portcullis.Core.Tests.Analysis;
using Portcullis.Core.Topology;
using Portcullis.Formats.Wording;

namespace Portcullis.Core.Tests.Reports;

/// <summary>Grouping changes how a report reads, never what it says.</summary>
public sealed class ReportGroupingTests
{
    // Every (source, destination, connection, replies-blocked) a set of rows states, a node with itself excluded.
    private static HashSet<string> Facts(IEnumerable<ReportRow> rows) =>
        [.. rows.SelectMany(row =>
            from a in row.Source.IsExternal ? [NodeText.Group(row.Source)] : row.Source.Nodes.Select(NodeText.Name)
            from b in row.Destination.IsExternal ? [NodeText.Group(row.Destination)] : row.Destination.Nodes.Select(NodeText.Name)
            where a != b
            select $"{a} => {b} : {RowText.Connection(row.Label)}")];

    [Fact]
    public void Group_OnRandomVpcs_StatesExactlyTheUngroupedFacts()
    {
        RandomVpcs.Scenarios.Sample(scenario =>
        {
            var (config, _) = RandomVpcs.Build(scenario);
            var topology = NetworkTopology.Build(config, TopologyFilter.None, new DiagnosticBag())!;
            foreach (var report in new[] { new ConnectivityAnalyzer(topology).AnalyzeEndpoints(), new ConnectivityAnalyzer(topology).AnalyzeSubnets() })
            {
                foreach (var section in report.Sections)
                {
                    var plain = ReportShaper.Rows(section, TextOrder.Report);
                    var grouped = ReportShaper.Rows(section, TextOrder.Report, grouping: true);
                    Assert.Equal(Facts(plain).Order(), Facts(grouped).Order());
                    Assert.True(grouped.Length <= plain.Length);
                }
            }
        }, iter: 200);
    }

    [Fact]
    public void Group_AllToAllInOneSubnet_PrintsOneLine()
    {
        var config = new Testing.ConfigBuilder()
            .Subnet("s1", "10.0.0.0/24").AllowAll("acl-s1")
            .GroupRuleFromGroup("g", TrafficDirection.Inbound, "g", ConnectionSet.AllTcp)
            .GroupRuleFromGroup("g", TrafficDirection.Outbound, "g", ConnectionSet.AllTcp)
            .Instance("a", "s1", "10.0.0.4", "g").Instance("b", "s1", "10.0.0.5", "g").Instance("c", "s1", "10.0.0.6", "g")
            .Build();
        var topology = NetworkTopology.Build(config, TopologyFilter.None, new DiagnosticBag())!;
        var section = new ConnectivityAnalyzer(topology).AnalyzeEndpoints().Sections.Single();
        var row = Assert.Single(ReportShaper.Rows(section, TextOrder.Report, grouping: true));
        Assert.Equal("a[10.0.0.4],b[10.0.0.5],c[10.0.0.6] => a[10.0.0.4],b[10.0.0.5],c[10.0.0.6] : protocol: TCP", RowText.Line(row));
    }
}
