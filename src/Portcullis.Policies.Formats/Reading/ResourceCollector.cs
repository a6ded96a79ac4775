using Portcullis.Core.Diagnostics;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Formats.Reading;

/// <summary>What a read has found so far, and where problems go.</summary>
internal sealed class ResourceCollector
{
    public ResourceCollector(ResourceRoles roles, DiagnosticBag diagnostics)
    {
        Roles = roles;
        Diagnostics = diagnostics;
    }

    public ResourceRoles Roles { get; }

    public DiagnosticBag Diagnostics { get; }

    public List<Policy> Policies { get; } = [];

    public List<Profile> Profiles { get; } = [];

    public List<Tier> Tiers { get; } = [];

    public List<NamespaceInfo> Namespaces { get; } = [];

    public List<Endpoint> Endpoints { get; } = [];

    public List<NetworkSet> NetworkSets { get; } = [];

    public List<ServiceAccountInfo> ServiceAccounts { get; } = [];

    public List<NodeInfo> Nodes { get; } = [];

    public bool Wants(ResourceRoles role) => (Roles & role) != 0;

    public PolicyResources ToResources() => new()
    {
        Policies = [.. Policies],
        Profiles = [.. Profiles],
        Tiers = [.. Tiers],
        Namespaces = [.. Namespaces],
        Endpoints = [.. Endpoints],
        NetworkSets = [.. NetworkSets],
        ServiceAccounts = [.. ServiceAccounts],
        Nodes = [.. Nodes],
    };

    public void AddPolicy(Policy policy, Node at)
    {
        if (Policies.Any(p => p.Id == policy.Id))
        {
            at.Report(PolicyDiagnostics.DuplicatePolicy, policy.Id.Kind, policy.Id.FullName);
            return;
        }

        Policies.Add(policy with { InputOrder = Policies.Count });
    }
}
