using Portcullis.Cluster.Requirements;

namespace Portcullis.Cluster.Formats.Wording;

/// <summary>How reports and catalog diagnostics word what is wrong with a requirement's connection or peer.</summary>
public static class RequirementText
{
    /// <summary>Why a connection template does not resolve: <c>unknown protocol 'tpc'</c>, <c>the cluster's master port is not known (...)</c> ...</summary>
    public static string Problem(TemplateProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Kind switch
        {
            TemplateProblemKind.UnknownProtocol => $"unknown protocol '{problem.Text}'",
            TemplateProblemKind.PortsWithoutTcpOrUdp => $"ports go with tcp or udp, not '{problem.Text}'",
            TemplateProblemKind.IcmpFieldsWithoutIcmp => $"an ICMP type or code goes with icmp, not '{problem.Text}'",
            TemplateProblemKind.IcmpOutOfRange => "the ICMP type must be 0-254, and a code (0-255) needs a type",
            TemplateProblemKind.MasterPortUnknown => "the cluster's master port is not known (give the service endpoint URL in cluster.yaml)",
            TemplateProblemKind.NotAPortList =>
                $"'{problem.Text}' is not a port list: ports are 1-65535, single or as ranges, joined by commas, or {ConnectionTemplate.MasterPortParameter}",
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem.Kind, "Not a template problem."),
        };
    }

    /// <summary>Why a catalog's peer does not parse, naming the peers there are when the text is none of them.</summary>
    public static string Problem(PeerProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Kind switch
        {
            PeerProblemKind.NotAnIPv4Block => $"'{problem.Text}' is not an IPv4 CIDR block",
            PeerProblemKind.NoBlocks => "'cidr' needs at least one block",
            PeerProblemKind.UnknownPeer =>
                $"unknown peer '{problem.Text}': use any, cidr <blocks>, {string.Join(", ", Enum.GetValues<PeerKind>().Where(k => k != PeerKind.Cidrs).Select(RequirementPeer.KindName))}",
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem.Kind, "Not a peer problem."),
        };
    }
}
