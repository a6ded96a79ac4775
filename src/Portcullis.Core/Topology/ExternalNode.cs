namespace Portcullis.Core.Topology;

/// <summary>Addresses outside every VPC: one block of the cut (<see cref="ExternalBlock"/>) or a merged set (<see cref="ExternalAddresses"/>).</summary>
public abstract class ExternalNode : NetworkNode
{
    /// <summary>Public internet or service network.</summary>
    public abstract ExternalKind Kind { get; }

    /// <inheritdoc />
    public override VpcNetwork? Vpc => null;
}
