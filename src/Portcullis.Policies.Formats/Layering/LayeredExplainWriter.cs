using System.Collections.Immutable;
using Portcullis.Formats.Wording;
using Portcullis.Policies.Evaluation;
using Portcullis.Policies.Formats.Explain;
using Portcullis.Policies.Formats.Text;
using Portcullis.Policies.Layering;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Formats.Layering;

/// <summary>Words a layered explanation: what each layer (security groups, ACLs, each cluster's Calico policies) allows, and which ones block.</summary>
public static class LayeredExplainWriter
{
    /// <summary>Writes the explanation as text.</summary>
    public static void Write(LayeredExplanation explanation, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        ArgumentNullException.ThrowIfNull(output);
        var allowed = explanation.Allowed;
        var verdict = allowed.IsEmpty ? "Blocked" : allowed.Equals(explanation.Asked) ? "Allowed" : "Partly allowed";
        output.WriteLine($"{verdict}: {explanation.Source} => {explanation.Destination}");
        output.WriteLine($"  asked:   {PolicyText.Connections(explanation.Asked)}");
        output.WriteLine($"  allowed: {PolicyText.Connections(allowed)}");
        WriteLayers(explanation, output, "  ");
        var blocks = explanation.Blocks;
        output.WriteLine(blocks.IsEmpty
            ? "  no layer blocks any of it"
            : "  blocked by: " + string.Join("; ", blocks.Select(b => $"{LayerName(b.Layer, b.Cluster)} ({PolicyText.Connections(b.Blocked)})")));
    }

    /// <summary>Writes each layer's verdict, one line per layer, with the VPC path and Calico's decisions below it when <paramref name="detail"/> is set.</summary>
    public static void WriteLayers(LayeredExplanation explanation, TextWriter output, string indent, bool detail = true)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        ArgumentNullException.ThrowIfNull(output);
        if (explanation.Vpc is { } vpc)
        {
            var path = $"{(vpc.Source is { } s ? NodeText.Name(s) : "outside")} => {(vpc.Destination is { } d ? NodeText.Name(d) : "outside")}";
            output.WriteLine($"{indent}VPC security groups{(detail ? $" ({SafeText.Of(path)})" : "")}: {PolicyText.Connections(vpc.SecurityGroups.Intersect(explanation.Asked))}");
            output.WriteLine($"{indent}VPC ACLs: {(vpc.Acls is { } acls ? PolicyText.Connections(acls.Intersect(explanation.Asked)) : "not crossed (one subnet)")}");
        }
        else
        {
            output.WriteLine($"{indent}VPC: not on the path (no VPC endpoint at either end, or pod-to-pod overlay)");
        }

        if (explanation.Calico.IsEmpty)
        {
            output.WriteLine($"{indent}Calico: no cluster's endpoint at either end");
        }

        foreach (var layer in explanation.Calico)
        {
            output.WriteLine($"{indent}{LayerName(LayerKind.Calico, layer.Cluster)}: {PolicyText.Connections(layer.Allowed)}");
            if (!detail)
            {
                continue;
            }

            var pair = layer.Explanation;
            var policies = layer.Policies.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First());
            WriteSide(output, indent + "  ", "egress of", pair.Source, pair.Egress, policies);
            WriteSide(output, indent + "  ", "ingress of", pair.Destination, pair.Ingress, policies);
        }
    }

    /// <summary>A layer's name.</summary>
    public static string LayerName(LayerKind layer, string? cluster) => layer switch
    {
        LayerKind.SecurityGroups => "VPC security groups",
        LayerKind.Acls => "VPC ACLs",
        _ => $"Calico of {SafeText.Of(cluster)}",
    };

    private static void WriteSide(TextWriter output, string indent, string title, PolicyPeer peer, ImmutableArray<Decision> decisions, Dictionary<PolicyId, Policy> policies)
    {
        if (!peer.IsEndpoint)
        {
            return;
        }

        output.WriteLine($"{indent}{title} {PolicyText.Peer(peer)}:");
        foreach (var decision in decisions)
        {
            var verb = decision.Verdict switch
            {
                Verdict.Allow => "allow",
                Verdict.Deny => "deny ",
                _ => "pass ",
            };
            output.WriteLine($"{indent}  {verb} {PolicyText.Connections(decision.Connections)}: {PolicyExplainWriter.Reason(decision, peer, policies)}");
        }
    }
}
