using Portcullis.Core.Analysis;
using Portcullis.Core.Reports.Exposure;
using Portcullis.Core.Topology;
using Portcullis.Formats.Text;

namespace Portcullis.Formats.Wording;

/// <summary>How the exposure report words its facts.</summary>
public static class ExposureText
{
    /// <summary>What an exposure says when nothing is allowed in that direction and to that space.</summary>
    public const string Nothing = "nothing";

    /// <summary><c>Exposure of VPC vpc1 to the public internet and the service network</c>.</summary>
    public static string Title(ConnectivityScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope is VpcScope { Vpc: var vpc }
            ? $"Exposure of VPC {ControlText.Escape(vpc.Name)} to the public internet and the service network"
            : throw new ArgumentOutOfRangeException(nameof(scope), scope.GetType().Name, "Exposure is reported per VPC.");
    }

    /// <summary><c>from</c> (what the outside may open to the endpoints) or <c>to</c> (what they may open to it).</summary>
    public static string Direction(ExposureDirection direction) => direction == ExposureDirection.Inbound ? "from" : "to";

    /// <summary>The nodes of a group, names separated by <c>, </c>, with their count when there are several.</summary>
    public static string Nodes(IReadOnlyCollection<NetworkNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var names = string.Join(", ", nodes.Select(NodeText.Name));
        return nodes.Count == 1 ? names : $"{nodes.Count} endpoints alike: {names}";
    }

    /// <summary>The warning <c>--fail-on-exposure</c> prints: how many endpoints the public internet may open the ports on, naming the first few.</summary>
    public static string Exposed(IReadOnlyList<NetworkNode> nodes, string ports)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        const int Shown = 5;
        var names = string.Join(", ", nodes.Take(Shown).Select(NodeText.Name)) + (nodes.Count > Shown ? $" and {nodes.Count - Shown} more" : string.Empty);
        return $"the public internet may open port{(ports.Contains(',', StringComparison.Ordinal) || ports.Contains('-', StringComparison.Ordinal) ? "s" : string.Empty)} {ports} on {nodes.Count} endpoint{(nodes.Count == 1 ? string.Empty : "s")}: {names}";
    }
}
