using Portcullis.Core.Addresses;

namespace Portcullis.Policies.Isolation;

/// <summary>A worker node whose private interface gets a host endpoint (IBM's template, needed where the platform does not create them).</summary>
/// <param name="Node">The Calico node name of the worker.</param>
/// <param name="PrivateIp">The worker's private IP address.</param>
public sealed record IbmWorker(string Node, IpAddress PrivateIp)
{
    /// <summary>The host endpoint's name, as IBM's template forms it.</summary>
    public string HostEndpointName => Node + "-worker-private";
}
