namespace Portcullis.Cluster.Check;

/// <summary>What kind of thing a check finding reports besides the requirements' statuses.</summary>
public enum FindingKind
{
    /// <summary>A worker subnet that the rules for the other worker subnets do not cover (a subnet added later).</summary>
    Drift,

    /// <summary>An opening wider than the requirement needs (node ports open to the world where the worker subnets suffice).</summary>
    WiderThanNeeded,

    /// <summary>TCP replies a stateless ACL drops.</summary>
    RepliesBlocked,

    /// <summary>A table close to its rule quota, or a worker with no room for another security group.</summary>
    QuotaPressure,

    /// <summary>Something the user should know about how the check was made.</summary>
    Note,
}
