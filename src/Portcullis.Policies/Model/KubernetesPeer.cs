using Portcullis.Policies.Selectors;

namespace Portcullis.Policies.Model;

/// <summary>A Kubernetes NetworkPolicyPeer: pods by selector (in the policy's namespace, or in the namespaces a namespace selector picks), or an ipBlock.</summary>
/// <param name="PodSelector">The pod selector, or <see langword="null"/>.</param>
/// <param name="NamespaceSelector">The namespace selector, or <see langword="null"/>.</param>
/// <param name="IpBlock">The ipBlock (CIDR minus its exceptions), or <see langword="null"/>.</param>
public sealed record KubernetesPeer(Selector? PodSelector, Selector? NamespaceSelector, IpBlock? IpBlock);
