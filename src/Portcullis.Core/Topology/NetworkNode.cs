using Portcullis.Core.Addresses;

namespace Portcullis.Core.Topology;

/// <summary>A node of the connectivity graph: an endpoint, a subnet, or a block of external addresses.</summary>
public abstract class NetworkNode
{
    /// <summary>The addresses the node stands for.</summary>
    public abstract IpAddressSet Addresses { get; }

    /// <summary>The VPC the node is in; <see langword="null"/> for external blocks.</summary>
    public abstract VpcNetwork? Vpc { get; }

    /// <summary>Whether the node is outside every VPC.</summary>
    public bool IsExternal => Vpc is null;
}
