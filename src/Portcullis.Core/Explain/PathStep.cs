namespace Portcullis.Core.Explain;

/// <summary>One element of the path a connection takes: an endpoint, a firewall, a subnet, a router.</summary>
/// <remarks>The kinds of element are the derived records; writers name each.</remarks>
public abstract record PathStep
{
    /// <summary>Whether it starts a new hop (another subnet, a router, the far side).</summary>
    public bool StartsHop { get; init; }

    /// <summary>Whether the connection stops here.</summary>
    public bool Blocks { get; init; }
}
