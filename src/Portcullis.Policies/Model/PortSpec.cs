namespace Portcullis.Policies.Model;

/// <summary>A port criterion: a range of port numbers, or a port name resolved against the endpoint's named ports.</summary>
/// <param name="Min">The first port (0 for a named port).</param>
/// <param name="Max">The last port (0 for a named port).</param>
/// <param name="Name">The port name, for a named port.</param>
public readonly record struct PortSpec(int Min, int Max, string? Name = null)
{
    /// <summary>Whether this is a named port.</summary>
    public bool IsNamed => Name is not null;

    /// <summary>A single port.</summary>
    public static PortSpec Single(int port) => new(port, port);

    /// <summary>A named port.</summary>
    public static PortSpec Named(string name) => new(0, 0, name);

    /// <summary><c>80</c>, <c>2040:2041</c> or the name.</summary>
    public override string ToString() => Name ?? (Min == Max ? Min.ToString() : $"{Min}:{Max}");
}
