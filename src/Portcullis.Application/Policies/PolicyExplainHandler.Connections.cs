using System.Globalization;
using Portcullis.Core.Sets;
using Portcullis.Policies.Formats.Text;

namespace Portcullis.Application.Policies;

public sealed partial class PolicyExplainHandler
{
    /// <summary>The connections asked about, from the protocol and port options.</summary>
    internal static bool TryParseConnections(PolicyExplainOptions options, out ConnectionSet asked, out string problem)
    {
        ArgumentNullException.ThrowIfNull(options);
        return TryParseConnections(options.Protocol, options.Ports, options.IcmpType, options.IcmpCode, out asked, out problem);
    }

    /// <summary>The connections asked about, from a protocol and its ports or ICMP type and code (as the explain commands take them).</summary>
    internal static bool TryParseConnections(string? protocolName, string? portText, int? icmpType, int? icmpCode, out ConnectionSet asked, out string problem)
    {
        var options = (Protocol: protocolName, Ports: portText, IcmpType: icmpType, IcmpCode: icmpCode);
        asked = ConnectionSet.All;
        problem = "";
        if (options.Protocol is null)
        {
            if (options.Ports is not null || options.IcmpType is not null)
            {
                problem = "--ports and --icmp-type need --protocol";
                return false;
            }

            return true;
        }

        var protocol = options.Protocol.ToUpperInvariant() switch
        {
            "ICMPV6" => IpProtocols.IcmpV6,
            var name when IpProtocols.TryParse(name, out var number) => number,
            _ => -1,
        };
        if (protocol < 0)
        {
            problem = $"--protocol '{SafeText.Of(options.Protocol)}' is not a protocol name (tcp, udp, sctp, icmp, icmpv6 ...) or a number from 0 to 255";
            return false;
        }

        if (options.Ports is { } ports)
        {
            if (!ConnectionSet.HasPorts(protocol))
            {
                problem = "--ports needs protocol tcp, udp or sctp";
                return false;
            }

            var dash = ports.IndexOf('-', StringComparison.Ordinal);
            if (!int.TryParse(dash < 0 ? ports : ports[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var low)
                || !int.TryParse(dash < 0 ? ports : ports[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var high)
                || low < 1 || high > 65535 || low > high)
            {
                problem = $"--ports '{SafeText.Of(ports)}' is not a port or a range N-M within 1-65535";
                return false;
            }

            asked = ConnectionSet.Ports(protocol, 1, 65535, low, high);
            return true;
        }

        if (options.IcmpType is not null || options.IcmpCode is not null)
        {
            if (!ConnectionSet.HasIcmpFields(protocol) || options.IcmpType is null or < 0 or > 254 || options.IcmpCode is < 0 or > 255)
            {
                problem = "--icmp-type (0-254) and --icmp-code (0-255, with a type) need protocol icmp or icmpv6";
                return false;
            }

            asked = ConnectionSet.IcmpOf(protocol, options.IcmpType, options.IcmpCode);
            return true;
        }

        asked = ConnectionSet.Protocol(protocol);
        return true;
    }
}
