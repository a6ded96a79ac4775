using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Policies.Model;

/// <summary>A Calico NetworkSet (namespaced) or GlobalNetworkSet: labelled addresses that rule selectors can match.</summary>
/// <param name="Name">The name.</param>
/// <param name="Namespace">The namespace; <see langword="null"/> for a GlobalNetworkSet.</param>
/// <param name="Labels">The labels selectors test.</param>
/// <param name="Nets">The addresses.</param>
/// <param name="Source">Where it was read from.</param>
public sealed record NetworkSet(string Name, string? Namespace, Labels Labels, IpAddressSet Nets, SourceLocation? Source = null)
{
    /// <summary>Whether this is a GlobalNetworkSet.</summary>
    public bool IsGlobal => Namespace is null;
}
