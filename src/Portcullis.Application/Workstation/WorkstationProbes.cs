using System.Collections.Immutable;
using Portcullis.Cluster.Formats.Wording;
using Portcullis.Cluster.Requirements;
using Portcullis.Cluster.Workstation;
using Portcullis.Core.Sets;
using Portcullis.Probing;

namespace Portcullis.Application.Workstation;

/// <summary>
/// The live checks that prove a workstation's egress works, as the documentation's own verification steps do:
/// the containers API answers its versions, the registry its messages endpoint (200 or 204), the master its
/// <c>/version</c> JSON (behind an IBM-internal CA), etcd a TLS handshake.
/// </summary>
public static class WorkstationProbes
{
    /// <summary>One probe target per host and exact port; a port range stands for an unknown port, so only its name is resolved.</summary>
    public static ImmutableArray<ProbeTarget> For(IEnumerable<EgressRequirement> requirements)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        var targets = ImmutableArray.CreateBuilder<ProbeTarget>();
        foreach (var requirement in requirements)
        {
            if (!requirement.ExactPort)
            {
                targets.Add(ProbeTarget.ForDns(requirement.Host) with { Name = WorkstationText.TargetName(requirement, null), Purpose = WorkstationText.Purpose(requirement) });
                continue;
            }

            foreach (var interval in requirement.Ports.Intervals)
            {
                for (var port = interval.Start; port <= interval.End; port++)
                {
                    targets.Add(Target(requirement, port) with { Name = WorkstationText.TargetName(requirement, port), Purpose = WorkstationText.Purpose(requirement) });
                }
            }
        }

        return targets.ToImmutable();
    }

    private static ProbeTarget Target(EgressRequirement requirement, int port) => (requirement.Tool, port) switch
    {
        ("ibmcloud ks", 443) when requirement.Era == DocumentationEra.Vpc2020 =>
            ProbeTarget.ForHttp(requirement.Host, port, useTls: true, new HttpCheck("GET", "/v1/")),
        ("ibmcloud ks", 443) =>
            ProbeTarget.ForHttp(requirement.Host, port, useTls: true, new HttpCheck("GET", "/global/v1/versions", body: BodyExpectation.JsonProperty("kubernetes"))),
        ("ibmcloud cr", 443) =>
            ProbeTarget.ForHttp(requirement.Host, port, useTls: true, new HttpCheck("GET", "/api/v1/messages", IntervalSet<int>.Of(new Interval<int>(200, 200), new Interval<int>(204, 204)))),
        ("kubectl", _) =>
            ProbeTarget.ForHttp(requirement.Host, port, useTls: true, new HttpCheck("GET", "/version", body: BodyExpectation.JsonProperty("gitVersion"))) with { AllowUntrustedCertificate = true },
        ("calicoctl", _) => ProbeTarget.ForTls(requirement.Host, port) with { AllowUntrustedCertificate = true },
        (_, 443) => ProbeTarget.ForHttp(requirement.Host, port, useTls: true, HttpCheck.Default),
        _ => ProbeTarget.ForTls(requirement.Host, port),
    };
}
