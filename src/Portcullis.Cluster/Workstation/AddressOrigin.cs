namespace Portcullis.Cluster.Workstation;

/// <summary>Where a destination's addresses came from.</summary>
public enum AddressOrigin
{
    /// <summary>A table IBM publishes (see <see cref="PublishedMasterAddresses"/>).</summary>
    Published,

    /// <summary>DNS, when the rules were written.</summary>
    Resolved,
}
