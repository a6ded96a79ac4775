namespace Portcullis.Policies.Model;

/// <summary>The identity of an endpoint across configurations: host endpoints by name, the others by namespace and name.</summary>
/// <param name="IsHost">Whether the endpoint is a host endpoint.</param>
/// <param name="Namespace">The namespace (empty for host endpoints).</param>
/// <param name="Name">The name (the pod's name for pods and WorkloadEndpoints).</param>
public readonly record struct EndpointId(bool IsHost, string Namespace, string Name) : IComparable<EndpointId>
{
    /// <summary><c>namespace/name</c>, or the name of a host endpoint.</summary>
    public override string ToString() => IsHost ? Name : $"{Namespace}/{Name}";

    /// <summary>Orders identities.</summary>
    public static bool operator <(EndpointId left, EndpointId right) => left.CompareTo(right) < 0;

    /// <summary>Orders identities.</summary>
    public static bool operator >(EndpointId left, EndpointId right) => left.CompareTo(right) > 0;

    /// <summary>Orders identities.</summary>
    public static bool operator <=(EndpointId left, EndpointId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders identities.</summary>
    public static bool operator >=(EndpointId left, EndpointId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public int CompareTo(EndpointId other)
    {
        var byKind = IsHost.CompareTo(other.IsHost);
        if (byKind != 0)
        {
            return byKind;
        }

        var byNamespace = string.CompareOrdinal(Namespace, other.Namespace);
        return byNamespace != 0 ? byNamespace : string.CompareOrdinal(Name, other.Name);
    }
}
