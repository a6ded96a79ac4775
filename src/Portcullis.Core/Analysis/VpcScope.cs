using Portcullis.Core.Topology;

namespace Portcullis.Core.Analysis;

/// <summary>Traffic inside one VPC.</summary>
/// <param name="Vpc">The VPC.</param>
public sealed record VpcScope(VpcNetwork Vpc) : ConnectivityScope
{
    /// <inheritdoc />
    public override string Title(ConnectivityLevel level) => level switch
    {
        ConnectivityLevel.Subnets => $"Subnet connectivity for VPC {Vpc.Name}",
        _ => $"Endpoint connectivity for VPC {Vpc.Name}",
    };
}
