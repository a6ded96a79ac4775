using Portcullis.Core.Topology;

namespace Portcullis.Core.Analysis;

/// <summary>Traffic between VPCs through one transit gateway.</summary>
/// <param name="Gateway">The gateway.</param>
public sealed record TransitGatewayScope(TransitGatewayNetwork Gateway) : ConnectivityScope
{
    /// <inheritdoc />
    public override string Title(ConnectivityLevel level) => $"Connectivity between VPCs connected by TGW {Gateway.Name} (UID: {Gateway.Crn})";
}
