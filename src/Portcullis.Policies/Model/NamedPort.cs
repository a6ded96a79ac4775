namespace Portcullis.Policies.Model;

/// <summary>A named port an endpoint declares (a container port, or a port of a WorkloadEndpoint or HostEndpoint).</summary>
/// <param name="Name">The name rules refer to.</param>
/// <param name="Protocol">The IP protocol number (TCP 6, UDP 17, SCTP 132).</param>
/// <param name="Port">The port number.</param>
public sealed record NamedPort(string Name, int Protocol, int Port);
