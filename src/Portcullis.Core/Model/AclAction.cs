namespace Portcullis.Core.Model;

/// <summary>What a network ACL rule does with the packets it matches.</summary>
public enum AclAction
{
    /// <summary>Let them pass.</summary>
    Allow,

    /// <summary>Drop them.</summary>
    Deny,
}
