namespace Portcullis.Cluster.Check;

/// <summary>How a binding placed the workers when the VPC configuration does not list them.</summary>
public enum BindingNoteKind
{
    /// <summary>The cluster description's workers are checked.</summary>
    WorkersFromDescription,

    /// <summary>One worker per worker subnet is assumed at the subnet's first assignable address.</summary>
    WorkersAssumed,
}
