namespace Portcullis.Flows.Replay;

/// <summary>What the cloud did with the traffic a flow-log record summarises.</summary>
public enum FlowAction
{
    /// <summary>The traffic passed.</summary>
    Accepted,

    /// <summary>A security group or network ACL dropped it.</summary>
    Rejected,
}
