using Portcullis.Core.Analysis;
using Portcullis.Formats.Text;

namespace Portcullis.Formats.Wording;

/// <summary>How reports title their sections.</summary>
public static class ScopeText
{
    /// <summary><c>Endpoint connectivity for VPC vpc1</c>, <c>Subnet connectivity for VPC vpc1</c>, or the transit gateway's title.</summary>
    public static string Title(ConnectivityScope scope, ConnectivityLevel level)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope switch
        {
            VpcScope { Vpc: var vpc } when level == ConnectivityLevel.Subnets => $"Subnet connectivity for VPC {ControlText.Escape(vpc.Name)}",
            VpcScope { Vpc: var vpc } => $"Endpoint connectivity for VPC {ControlText.Escape(vpc.Name)}",
            TransitGatewayScope { Gateway: var gateway } => $"Connectivity between VPCs connected by TGW {ControlText.Escape(gateway.Name)} (UID: {ControlText.Escape(gateway.Crn)})",
            _ => throw new ArgumentOutOfRangeException(nameof(scope), scope.GetType().Name, "Not a report scope."),
        };
    }
}
