namespace Portcullis.Policies.Model;

/// <summary>A policy's identity: kind, namespace (none for global policies) and name.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Namespace">The namespace, or <see langword="null"/>.</param>
/// <param name="Name">The name.</param>
public sealed record PolicyId(PolicyKind Kind, string? Namespace, string Name)
{
    /// <summary><c>namespace/name</c>, or the name of a global policy.</summary>
    public string FullName => Namespace is null ? Name : $"{Namespace}/{Name}";

    /// <summary>The full name.</summary>
    public override string ToString() => FullName;
}
