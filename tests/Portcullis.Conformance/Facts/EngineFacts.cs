using Portcullis.Core.Analysis;
using Portcullis.Core.Reports;
using Portcullis.Core.Topology;
using Portcullis.Formats.Wording;

namespace Portcullis.Conformance.Facts;

/// <summary>Facts from the engine's own report, taken from the rows it prints (so the shaping is checked too).</summary>
public static class EngineFacts
{
    public static ConnectivityFacts From(ConnectivityReport report, bool grouping = false)
    {
        IEnumerable<ReportRow> Rows(ConnectivitySection section) => ReportShaper.Rows(section, TextOrder.Report, grouping);
        var facts = new ConnectivityFacts();
        foreach (var section in report.Sections)
        {
            foreach (var row in Rows(section))
            {
                if (row.Source.IsExternal)
                {
                    var kind = ((ExternalBlock)row.Source.Nodes[0]).Kind;
                    foreach (var node in row.Destination.Nodes)
                    {
                        facts.AddExternal(new ExternalKey(Key(node), false, kind), row.Source.Addresses, row.Connection, row.ResponseBlocked);
                    }
                }
                else if (row.Destination.IsExternal)
                {
                    var kind = ((ExternalBlock)row.Destination.Nodes[0]).Kind;
                    foreach (var node in row.Source.Nodes)
                    {
                        facts.AddExternal(new ExternalKey(Key(node), true, kind), row.Destination.Addresses, row.Connection, row.ResponseBlocked);
                    }
                }
                else
                {
                    foreach (var a in row.Source.Nodes)
                    {
                        foreach (var b in row.Destination.Nodes)
                        {
                            facts.AddInternal(Key(a), Key(b), row.Connection, row.ResponseBlocked);
                        }
                    }
                }
            }
        }

        return facts;
    }

    public static NodeKey Key(NetworkNode node) => node switch
    {
        Endpoint { PotentialBlock: not null } potential => new NodeKey(potential.Vpc.Name, "lbpot:" + NodeText.Name(potential)),
        Endpoint endpoint => new NodeKey(endpoint.Vpc.Name, endpoint.Address.ToString()),
        SubnetNode subnet => new NodeKey(subnet.Vpc.Name, subnet.Name),
        LoadBalancerNode lb => new NodeKey(lb.Vpc.Name, "lb:" + lb.Name),
        _ => new NodeKey(node.Vpc?.Name ?? "?", NodeText.Name(node)),
    };
}
