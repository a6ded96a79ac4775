namespace Portcullis.Flows.Replay;

/// <summary>Which packets of a connection the changed decision concerns.</summary>
public enum ChangeCause
{
    /// <summary>The first packet, initiator to target, decided by the security groups and the ACL on its path.</summary>
    Request,

    /// <summary>The replies, target to initiator, which a stateless network ACL filters on their own.</summary>
    Reply,
}
