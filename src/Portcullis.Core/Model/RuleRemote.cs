namespace Portcullis.Core.Model;

/// <summary>The peer of a security-group rule: addresses, or the members of a security group.</summary>
public abstract record RuleRemote;
