using Portcullis.Core.Model;
using Portcullis.Core.Sets;

namespace Portcullis.Cluster.Requirements;

/// <summary>
/// The packets a requirement needs, as a catalog writes them: a protocol name as the VPC API spells it, and for
/// TCP/UDP destination (and optionally source) ports, for ICMP a type and code. Ports may name a cluster
/// parameter, <c>${master-port}</c>, filled when the requirement is bound to a cluster.
/// </summary>
/// <param name="Protocol">An API protocol name: <c>tcp</c>, <c>udp</c>, <c>icmp</c>, <c>icmp_tcp_udp</c>, <c>any</c> ...</param>
/// <param name="Ports">Destination ports (<c>30000-32767</c>, <c>443,4443</c>, <c>${master-port}</c>), or <see langword="null"/> for all.</param>
/// <param name="SourcePorts">Source ports, or <see langword="null"/> for all.</param>
/// <param name="IcmpType">The ICMP type, or <see langword="null"/> for all.</param>
/// <param name="IcmpCode">The ICMP code, or <see langword="null"/> for all.</param>
public sealed record ConnectionTemplate(string Protocol, string? Ports = null, string? SourcePorts = null, int? IcmpType = null, int? IcmpCode = null)
{
    /// <summary>The parameter name of the master's service endpoint port.</summary>
    public const string MasterPortParameter = "${master-port}";

    /// <summary>Whether the ports name a cluster parameter.</summary>
    public bool IsParameterized => Ports?.Contains("${", StringComparison.Ordinal) == true || SourcePorts?.Contains("${", StringComparison.Ordinal) == true;

    /// <summary>The packets, with <c>${master-port}</c> replaced by <paramref name="masterPort"/> (when given).</summary>
    /// <param name="masterPort">The master's port, if known.</param>
    /// <param name="connection">The packets, when the template resolves.</param>
    /// <param name="problem">Why it does not, otherwise.</param>
    /// <returns>Whether the template resolves.</returns>
    public bool TryResolve(int? masterPort, out ConnectionSet connection, out TemplateProblem? problem)
    {
        connection = ConnectionSet.None;
        problem = null;
        var protocol = RuleProtocol.FromApiName(Protocol);
        if (!protocol.IsKnown)
        {
            problem = new TemplateProblem(TemplateProblemKind.UnknownProtocol, Protocol);
            return false;
        }

        if (!protocol.HasPorts && (Ports is not null || SourcePorts is not null))
        {
            problem = new TemplateProblem(TemplateProblemKind.PortsWithoutTcpOrUdp, Protocol);
            return false;
        }

        if (!protocol.IsIcmp && (IcmpType is not null || IcmpCode is not null))
        {
            problem = new TemplateProblem(TemplateProblemKind.IcmpFieldsWithoutIcmp, Protocol);
            return false;
        }

        if (protocol.HasPorts)
        {
            if (!TryPorts(Ports, masterPort, out var destination, out problem) || !TryPorts(SourcePorts, masterPort, out var source, out problem))
            {
                return false;
            }

            connection = ConnectionSet.Ports(protocol.Numbers.Min, source, destination);
            return true;
        }

        if (protocol.IsIcmp)
        {
            if (IcmpType is < 0 or > ConnectionSet.MaxIcmpType || IcmpCode is < 0 or > ConnectionSet.MaxIcmpCode || (IcmpCode is not null && IcmpType is null))
            {
                problem = new TemplateProblem(TemplateProblemKind.IcmpOutOfRange);
                return false;
            }

            connection = ConnectionSet.IcmpOf(IcmpType, IcmpCode);
            return true;
        }

        connection = ConnectionSet.Protocols(protocol.Numbers);
        return true;
    }

    /// <summary><c>tcp 30000-32767</c>, <c>icmp type 8</c>, <c>icmp_tcp_udp</c>.</summary>
    public override string ToString()
    {
        var text = Protocol;
        if (SourcePorts is not null)
        {
            text += " src " + SourcePorts;
        }

        if (Ports is not null)
        {
            text += " " + Ports;
        }

        if (IcmpType is { } type)
        {
            text += $" type {type}" + (IcmpCode is { } code ? $" code {code}" : string.Empty);
        }

        return text;
    }

    private static bool TryPorts(string? text, int? masterPort, out IntervalSet<int> ports, out TemplateProblem? problem)
    {
        problem = null;
        ports = IntervalSet<int>.Range(ConnectionSet.MinPort, ConnectionSet.MaxPort);
        if (text is null)
        {
            return true;
        }

        var intervals = new List<Interval<int>>();
        foreach (var item in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (item == MasterPortParameter)
            {
                if (masterPort is not { } port)
                {
                    problem = new TemplateProblem(TemplateProblemKind.MasterPortUnknown);
                    return false;
                }

                intervals.Add(new Interval<int>(port, port));
                continue;
            }

            if (NumberRange.TryParse(item, ConnectionSet.MinPort, ConnectionSet.MaxPort, out var range))
            {
                intervals.Add(range);
            }
            else
            {
                problem = new TemplateProblem(TemplateProblemKind.NotAPortList, text);
                return false;
            }
        }

        ports = IntervalSet<int>.Of(intervals);
        return true;
    }
}
