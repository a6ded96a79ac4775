namespace Portcullis.Core.Model;

/// <summary>A remote given as a security group: the addresses of its members, resolved per VPC.</summary>
/// <param name="SecurityGroupId">The group's id.</param>
/// <param name="SecurityGroupName">The group's name.</param>
public sealed record SecurityGroupRemote(string SecurityGroupId, string SecurityGroupName) : RuleRemote
{
    /// <summary>The group's name.</summary>
    public override string ToString() => SecurityGroupName;
}
