namespace Portcullis.Cluster.Requirements;

/// <summary>Why a catalog's peer text does not parse.</summary>
public enum PeerProblemKind
{
    /// <summary>A block after <c>cidr</c> is not an IPv4 CIDR block.</summary>
    NotAnIPv4Block,

    /// <summary><c>cidr</c> is followed by no block.</summary>
    NoBlocks,

    /// <summary>The text is not <c>any</c>, <c>cidr</c> or a kind name.</summary>
    UnknownPeer,
}
