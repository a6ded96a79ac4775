using System.Globalization;
using Portcullis.Core.Addresses;
using Portcullis.Core.Sets;
using Portcullis.Policies.Evaluation;
using Portcullis.Policies.Formats.Explain;
using Portcullis.Policies.Formats.Text;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Formats.Handlers;

/// <summary><c>policy explain</c>: which policy and rule decides what passes between two endpoints or addresses.</summary>
public static class PolicyExplainHandler
{
    /// <summary>Runs the command.</summary>
    public static int Run(PolicyExplainOptions options, TextWriter error, Func<Action<TextWriter>, int> write)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(write);
        if (!TryParseConnections(options, out var asked, out var problem))
        {
            error.WriteLine($"portcullis: error: {problem}");
            return PolicyExitCodes.BadInput;
        }

        var configuration = PolicyInputLoader.Load(options.Input, error);
        if (configuration is null)
        {
            return PolicyExitCodes.BadInput;
        }

        if (!TryResolve(configuration, options.Source, out var source, out problem) || !TryResolve(configuration, options.Destination, out var destination, out problem))
        {
            error.WriteLine($"portcullis: error: {problem}");
            return PolicyExitCodes.BadInput;
        }

        var connectivity = PolicyConnectivity.Analyze(configuration, PolicyInputLoader.Semantics(options.Input));
        var explanations = connectivity.Explain(source, destination, asked);
        if (explanations.IsEmpty)
        {
            error.WriteLine("portcullis: error: between two address ranges nothing is policed; name an endpoint on one side");
            return PolicyExitCodes.BadInput;
        }

        return write(output => PolicyExplainWriter.Write(explanations, configuration.Policies, options.Format, output));
    }

    /// <summary>Finds what a side names: an address or CIDR, <c>namespace/pod</c>, <c>namespace/workload</c>, or a name unique among host endpoints, pods and workloads.</summary>
    public static bool TryResolve(PolicyConfiguration configuration, string text, out PolicyPeer peer, out string problem)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(text);
        peer = PolicyPeer.Of(IpAddressSet.Empty);
        problem = "";
        if (IpPrefix.TryParse(text.Trim(), out var prefix))
        {
            peer = PolicyPeer.Of(AddressFamilies.ToSet(prefix));
            return true;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var (ns, name) = slash < 0 ? ((string?)null, text) : (text[..slash], text[(slash + 1)..]);
        var candidates = configuration.Endpoints.Where(e => (ns is null || e.Namespace == ns) && e.Name == name).ToList();
        if (candidates.Count == 0)
        {
            candidates = [.. configuration.Endpoints.Where(e => (ns is null || e.Namespace == ns) && e.Owner?.Name == name)];
        }

        if (candidates.Count == 0)
        {
            problem = $"'{SafeText.Of(text)}' is no address, CIDR, endpoint or workload of the input; name pods and workloads as namespace/name";
            return false;
        }

        if (ns is null && candidates.Select(c => c.Namespace).Distinct().Count() > 1)
        {
            problem = $"'{SafeText.Of(text)}' is in several namespaces ({string.Join(", ", candidates.Select(c => c.Namespace).Distinct())}); write namespace/name";
            return false;
        }

        peer = PolicyPeer.Of(candidates[0]);
        return true;
    }

    /// <summary>The connections asked about, from the protocol and port options.</summary>
    public static bool TryParseConnections(PolicyExplainOptions options, out ConnectionSet asked, out string problem)
    {
        ArgumentNullException.ThrowIfNull(options);
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
