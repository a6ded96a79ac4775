namespace Portcullis.Cluster.Workstation;

/// <summary>How firewall rules for a workstation's egress name their destinations.</summary>
public enum WorkstationAddressing
{
    /// <summary>By host name, as documented: the firewall resolves each name when it loads the rules (the default).</summary>
    Names,

    /// <summary>By the addresses IBM publishes for the host (<see cref="PublishedMasterAddresses"/>), and by DNS at generation time for hosts it publishes none for.</summary>
    Published,

    /// <summary>By the addresses DNS gives for each host when the rules are written.</summary>
    Resolve,
}
