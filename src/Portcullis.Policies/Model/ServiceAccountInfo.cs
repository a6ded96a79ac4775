namespace Portcullis.Policies.Model;

/// <summary>A Kubernetes service account's labels (what Calico's service-account selectors test).</summary>
/// <param name="Namespace">The namespace.</param>
/// <param name="Name">The name.</param>
/// <param name="Labels">The labels.</param>
public sealed record ServiceAccountInfo(string Namespace, string Name, Labels Labels);
