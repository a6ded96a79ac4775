using Portcullis.Cluster.Description;
using Portcullis.Policies.Formats.Isolation;
using Portcullis.Policies.Isolation;

namespace Portcullis.Application.Cluster;

/// <summary>IBM's private-network isolation set for a cluster, from what its description says.</summary>
internal static class ClusterIsolation
{
    /// <summary>The parameters the description gives: its pod and service subnets, and its workers when host endpoints are wanted.</summary>
    public static IbmIsolationParameters Parameters(ClusterDescription description, bool hostEndpoints = false, bool privateServices = false, bool vrrp = false) => new()
    {
        PodSubnet = description.PodSubnet,
        ServiceSubnet = description.ServiceSubnet,
        IncludePrivateServices = privateServices,
        IncludeVrrp = vrrp,
        Workers = hostEndpoints && !description.Workers.IsDefaultOrEmpty ? [.. description.Workers.Select(w => new IbmWorker(w.Id, w.Address))] : [],
    };

    /// <summary>The set for the description's region, or <see langword="null"/> when IBM publishes none for it.</summary>
    public static IbmIsolationPolicySet? For(ClusterDescription description, IbmIsolationParameters parameters) =>
        IbmIsolationGenerator.TryGenerate(IbmIsolationCatalogReader.Embedded, description.Region, parameters, out var set) ? set : null;
}
