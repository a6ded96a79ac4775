using System.Diagnostics.CodeAnalysis;
using Portcullis.Core.Sets;

namespace Portcullis.Application.Queries;

/// <summary>
/// Reads the connections a command asks about from a protocol (a name, <c>any</c>, or a number), source and
/// destination ports for TCP and UDP, and an ICMP type and code: the one reader of explain's and the allowlist's
/// protocol options, each of which words the problems with its own option names.
/// </summary>
public static class ConnectionQuery
{
    /// <summary>Builds the connections; <paramref name="query"/> is <see langword="null"/> when no protocol (so every connection) is asked about.</summary>
    /// <param name="protocol">The protocol, or <see langword="null"/>.</param>
    /// <param name="sourcePorts">Source ports such as <c>1024-65535</c> or <c>80,443</c>, or <see langword="null"/> for all.</param>
    /// <param name="destinationPorts">Destination ports, or <see langword="null"/> for all.</param>
    /// <param name="icmpType">The ICMP type, or <see langword="null"/> for all.</param>
    /// <param name="icmpCode">The ICMP code, or <see langword="null"/> for all.</param>
    /// <param name="query">The connections, or <see langword="null"/> for all.</param>
    /// <param name="error">What is wrong, when the result is <see langword="false"/>.</param>
    public static bool TryParse(
        string? protocol, string? sourcePorts, string? destinationPorts, int? icmpType, int? icmpCode, out ConnectionSet? query, [NotNullWhen(false)] out ConnectionQueryError? error)
    {
        query = null;
        error = null;
        if (protocol is null)
        {
            var given = sourcePorts is not null ? ConnectionQueryField.SourcePorts
                : destinationPorts is not null ? ConnectionQueryField.DestinationPorts
                : icmpType is not null ? ConnectionQueryField.IcmpType
                : icmpCode is not null ? ConnectionQueryField.IcmpCode
                : (ConnectionQueryField?)null;
            if (given is { } field)
            {
                error = new ConnectionQueryError(ConnectionQueryProblem.NeedsProtocol, field);
                return false;
            }

            return true;
        }

        if (protocol.Equals("any", StringComparison.OrdinalIgnoreCase) || protocol.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            query = ConnectionSet.All;
            return true;
        }

        if (!IpProtocols.TryParse(protocol.ToUpperInvariant(), out var number))
        {
            error = new ConnectionQueryError(ConnectionQueryProblem.UnknownProtocol, ConnectionQueryField.Protocol, protocol);
            return false;
        }

        if (number is IpProtocols.Tcp or IpProtocols.Udp)
        {
            if (icmpType is not null || icmpCode is not null)
            {
                error = new ConnectionQueryError(ConnectionQueryProblem.IcmpFieldsNeedIcmp, icmpType is not null ? ConnectionQueryField.IcmpType : ConnectionQueryField.IcmpCode);
                return false;
            }

            if (!TryPorts(sourcePorts, ConnectionQueryField.SourcePorts, out var source, out error)
                || !TryPorts(destinationPorts, ConnectionQueryField.DestinationPorts, out var destination, out error))
            {
                return false;
            }

            query = ConnectionSet.Ports(number, source, destination);
            return true;
        }

        if (sourcePorts is not null || destinationPorts is not null)
        {
            error = new ConnectionQueryError(ConnectionQueryProblem.PortsNeedTcpOrUdp, sourcePorts is not null ? ConnectionQueryField.SourcePorts : ConnectionQueryField.DestinationPorts);
            return false;
        }

        if (number == IpProtocols.Icmp)
        {
            if (icmpType is < 0 or > ConnectionSet.MaxIcmpType)
            {
                error = new ConnectionQueryError(ConnectionQueryProblem.IcmpOutOfRange, ConnectionQueryField.IcmpType);
                return false;
            }

            if (icmpCode is < 0 or > ConnectionSet.MaxIcmpCode || (icmpCode is not null && icmpType is null))
            {
                error = new ConnectionQueryError(ConnectionQueryProblem.IcmpOutOfRange, ConnectionQueryField.IcmpCode);
                return false;
            }

            query = ConnectionSet.IcmpOf(icmpType, icmpCode);
            return true;
        }

        query = ConnectionSet.Protocol(number);
        return true;
    }

    private static bool TryPorts(string? text, ConnectionQueryField field, out IntervalSet<int> ports, [NotNullWhen(false)] out ConnectionQueryError? error)
    {
        error = null;
        ports = IntervalSet<int>.Range(ConnectionSet.MinPort, ConnectionSet.MaxPort);
        if (text is null)
        {
            return true;
        }

        var intervals = new List<Interval<int>>();
        foreach (var item in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!NumberRange.TryParse(item, ConnectionSet.MinPort, ConnectionSet.MaxPort, out var range))
            {
                error = new ConnectionQueryError(ConnectionQueryProblem.MalformedPorts, field, text);
                return false;
            }

            intervals.Add(range);
        }

        ports = IntervalSet<int>.Of(intervals);
        return true;
    }
}
