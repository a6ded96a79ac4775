namespace Portcullis.Policies.Model;

/// <summary>A Kubernetes namespace: its name and labels (what namespace selectors test).</summary>
/// <param name="Name">The name.</param>
/// <param name="Labels">The labels.</param>
public sealed record NamespaceInfo(string Name, Labels Labels);
