using Portcullis.Core.Addresses;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Analysis;

/// <summary>A node of a connectivity report: a workload, an endpoint, a host endpoint, or external addresses.</summary>
/// <param name="Kind">What it stands for.</param>
/// <param name="Namespace">The namespace (workloads and pods).</param>
/// <param name="Name">The workload's, endpoint's or host endpoint's name (empty for addresses).</param>
/// <param name="ResourceKind">The workload's kind (Deployment ...) or the endpoint's (Pod, WorkloadEndpoint, HostEndpoint).</param>
/// <param name="Addresses">The addresses, for an address node (and an endpoint's own, when known).</param>
public sealed record ReportNode(ReportNodeKind Kind, string? Namespace, string Name, string ResourceKind, IpAddressSet Addresses)
{
    /// <summary>The node of an endpoint on its own.</summary>
    public static ReportNode Of(Endpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return new(endpoint.IsHost ? ReportNodeKind.HostEndpoint : ReportNodeKind.Endpoint, endpoint.Namespace, endpoint.Name, endpoint.Kind.ToString(), endpoint.Addresses);
    }

    /// <summary>The node of a workload.</summary>
    public static ReportNode Of(string ns, WorkloadOwner owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return new(ReportNodeKind.Workload, ns, owner.Name, owner.Kind, IpAddressSet.Empty);
    }

    /// <summary>An address node.</summary>
    public static ReportNode Of(IpAddressSet addresses) => new(ReportNodeKind.Addresses, null, "", "", addresses);

    /// <summary>A key that orders and identifies nodes.</summary>
    public string Key => Kind == ReportNodeKind.Addresses ? "~" + Addresses.ToCidrString() : $"{Namespace}/{Name}[{ResourceKind}]";
}
