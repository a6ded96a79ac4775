namespace Portcullis.Conformance.Facts;

/// <summary>
/// How the comparison identifies an internal node, independent of wording: its VPC and its address (endpoints),
/// its name (subnets), or a tagged name for nodes without one address (load balancers).
/// </summary>
/// <param name="Vpc">The VPC's name.</param>
/// <param name="Id">The address, subnet name or tagged name.</param>
public readonly record struct NodeKey(string Vpc, string Id)
{
    public override string ToString() => $"{Vpc}/{Id}";
}
