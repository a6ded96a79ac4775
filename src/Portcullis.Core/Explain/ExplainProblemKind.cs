namespace Portcullis.Core.Explain;

/// <summary>The reasons a request cannot be explained.</summary>
public enum ExplainProblemKind
{
    /// <summary>Source and destination are the same.</summary>
    SameSourceAndDestination,

    /// <summary>A name matches several resources of one VPC.</summary>
    Ambiguous,

    /// <summary>The text is neither a known name nor an address or CIDR.</summary>
    NotANameOrAddress,

    /// <summary>No endpoint has an address in the given addresses.</summary>
    NoEndpointAtAddress,

    /// <summary>The addresses are partly external and partly internal.</summary>
    MixedExternalAndInternal,

    /// <summary>Both sides are external addresses.</summary>
    BothExternal,

    /// <summary>Both sides are found in more than one VPC.</summary>
    SeveralVpcs,
}
