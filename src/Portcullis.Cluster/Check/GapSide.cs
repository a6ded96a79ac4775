namespace Portcullis.Cluster.Check;

/// <summary>Whose firewall a gap is in.</summary>
public enum GapSide
{
    /// <summary>The worker's own security groups or subnet ACL.</summary>
    Worker,

    /// <summary>The peer endpoint's (another worker, the master VPE).</summary>
    Peer,
}
