namespace Portcullis.Core.Topology;

/// <summary>The two kinds of address space outside the VPCs that the analysis reports.</summary>
public enum ExternalKind
{
    /// <summary>Public internet addresses.</summary>
    PublicInternet,

    /// <summary>IBM's private service network (161.26.0.0/16 and 166.8.0.0/14).</summary>
    ServiceNetwork,
}
