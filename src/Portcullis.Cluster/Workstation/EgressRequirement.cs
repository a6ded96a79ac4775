using Portcullis.Cluster.Requirements;
using Portcullis.Core.Sets;

namespace Portcullis.Cluster.Workstation;

/// <summary>
/// A destination an admin workstation must reach through the corporate firewall, for one tool: the host, the TCP
/// ports, why, and how to verify it (what a live probe tries).
/// </summary>
/// <param name="Tool">The tool that needs it: <c>ibmcloud</c>, <c>ibmcloud ks</c>, <c>ibmcloud cr</c>, <c>kubectl</c>, <c>calicoctl</c>.</param>
/// <param name="Host">The host name.</param>
/// <param name="Ports">The TCP ports (one, a few, or a range when the exact port is not known).</param>
/// <param name="Purpose">Why.</param>
/// <param name="Era">The documentation era that states it.</param>
/// <param name="Source">Where it is documented.</param>
/// <param name="VerifyWith">A command that proves the path works, if the documentation gives one.</param>
/// <param name="ExactPort">Whether the ports are the exact ones (false when the whole documented range stands in for an unknown port).</param>
/// <param name="Protocol">The transport protocol: TCP for every tool here.</param>
/// <param name="Region">The registry's region, for <see cref="EgressPurpose.Registry"/>.</param>
public sealed record EgressRequirement(
    string Tool,
    string Host,
    IntervalSet<int> Ports,
    EgressPurpose Purpose,
    DocumentationEra Era,
    string Source,
    string? VerifyWith = null,
    bool ExactPort = true,
    string Protocol = "tcp",
    IbmRegion? Region = null);
