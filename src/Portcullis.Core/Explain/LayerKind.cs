namespace Portcullis.Core.Explain;

/// <summary>A firewall layer on a path.</summary>
public enum LayerKind
{
    /// <summary>A security group (stateful, allow-only).</summary>
    SecurityGroup,

    /// <summary>A network ACL (stateless, ordered).</summary>
    NetworkAcl,
}
