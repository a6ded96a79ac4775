namespace Portcullis.Policies.Analysis;

/// <summary>What a node of a connectivity report stands for.</summary>
public enum ReportNodeKind
{
    /// <summary>The pods of one workload (Deployment, DaemonSet ...), which all have the same connectivity.</summary>
    Workload,

    /// <summary>One pod or workload endpoint.</summary>
    Endpoint,

    /// <summary>One host endpoint.</summary>
    HostEndpoint,

    /// <summary>External addresses (of no endpoint).</summary>
    Addresses,
}
