using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Evaluation;

/// <summary>Endpoints that every selector, rule and profile treats alike: evaluation runs once per class.</summary>
internal sealed class EndpointClass
{
    public EndpointClass(int index, Endpoint representative, Labels labels, Labels namespaceLabels, Labels serviceAccountLabels)
    {
        Index = index;
        Representative = representative;
        Labels = labels;
        NamespaceLabels = namespaceLabels;
        ServiceAccountLabels = serviceAccountLabels;
    }

    public int Index { get; }

    public Endpoint Representative { get; }

    /// <summary>The labels selectors test: the endpoint's own, Calico's implicit ones, and its profiles' labels.</summary>
    public Labels Labels { get; }

    public Labels NamespaceLabels { get; }

    public Labels ServiceAccountLabels { get; }

    public List<int> Members { get; } = [];

    public bool IsHost => Representative.IsHost;

    public string? Namespace => Representative.Namespace;

    public IpAddressSet Addresses => Representative.Addresses;

    public ImmutableArray<NamedPort> NamedPorts => Representative.NamedPorts;
}
