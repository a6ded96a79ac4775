namespace Portcullis.Core.Analysis;

/// <summary>What a report section covers: one VPC, or the traffic between the VPCs of one transit gateway.</summary>
public abstract record ConnectivityScope
{
    /// <summary>The section's title, as reports print it.</summary>
    public abstract string Title(ConnectivityLevel level);
}
