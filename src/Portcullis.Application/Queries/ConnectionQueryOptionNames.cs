namespace Portcullis.Application.Queries;

/// <summary>The option names a command gives the parts of a connection query, and its wording of their problems.</summary>
/// <param name="Protocol">The protocol option.</param>
/// <param name="SourcePorts">The source ports option.</param>
/// <param name="DestinationPorts">The destination ports option.</param>
/// <param name="IcmpType">The ICMP type option.</param>
/// <param name="IcmpCode">The ICMP code option.</param>
public sealed record ConnectionQueryOptionNames(string Protocol, string SourcePorts, string DestinationPorts, string IcmpType, string IcmpCode)
{
    /// <summary>The names explain uses: <c>--protocol</c>, <c>--src-ports</c>, <c>--dst-ports</c>, <c>--icmp-type</c>, <c>--icmp-code</c>.</summary>
    public static ConnectionQueryOptionNames Explain { get; } = new("--protocol", "--src-ports", "--dst-ports", "--icmp-type", "--icmp-code");

    /// <summary>The problem in words, naming these options.</summary>
    /// <param name="error">The problem.</param>
    public string Describe(ConnectionQueryError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Problem switch
        {
            ConnectionQueryProblem.NeedsProtocol => $"{SourcePorts}, {DestinationPorts}, {IcmpType} and {IcmpCode} need {Protocol}",
            ConnectionQueryProblem.UnknownProtocol =>
                $"unknown protocol '{error.Text}': use tcp, udp, icmp, another IP protocol name (gre, esp, ah, sctp, vrrp ...) or a number 0-255",
            ConnectionQueryProblem.IcmpFieldsNeedIcmp => $"{IcmpType} and {IcmpCode} go with {Protocol} icmp",
            ConnectionQueryProblem.PortsNeedTcpOrUdp => $"{SourcePorts} and {DestinationPorts} go with {Protocol} tcp or udp",
            ConnectionQueryProblem.IcmpOutOfRange => $"{IcmpType} must be 0-254, and {IcmpCode} (0-255) needs {IcmpType}",
            ConnectionQueryProblem.MalformedPorts =>
                $"{(error.Field == ConnectionQueryField.SourcePorts ? SourcePorts : DestinationPorts)} '{error.Text}': ports are 1-65535, as single ports or ranges joined by commas (22, 80,443, 30000-32767)",
            _ => throw new ArgumentOutOfRangeException(nameof(error), error.Problem, "Unknown problem."),
        };
    }
}
