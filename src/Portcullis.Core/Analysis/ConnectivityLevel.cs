namespace Portcullis.Core.Analysis;

/// <summary>The granularity of a connectivity report.</summary>
public enum ConnectivityLevel
{
    /// <summary>Between endpoints (every firewall layer).</summary>
    Endpoints,

    /// <summary>Between subnets (network ACLs and public gateways only).</summary>
    Subnets,
}
