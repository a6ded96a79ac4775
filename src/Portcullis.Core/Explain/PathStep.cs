namespace Portcullis.Core.Explain;

/// <summary>One element of the path a connection takes: an endpoint, a firewall, a subnet, a router.</summary>
/// <param name="Text">What the element is, for example <c>network ACL acl1</c>.</param>
/// <param name="StartsHop">Whether it starts a new hop (another subnet, a router, the far side).</param>
/// <param name="Blocks">Whether the connection stops here.</param>
public sealed record PathStep(string Text, bool StartsHop = false, bool Blocks = false);
