namespace Portcullis.Policies.Model;

/// <summary>A Kubernetes service a Calico rule names (<c>destination.services</c>).</summary>
/// <param name="Name">The service name.</param>
/// <param name="Namespace">The service namespace (the policy's when absent).</param>
public sealed record ServiceReference(string Name, string? Namespace);
