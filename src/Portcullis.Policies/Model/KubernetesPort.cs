namespace Portcullis.Policies.Model;

/// <summary>A Kubernetes NetworkPolicyPort: a protocol and a port, a range (<c>endPort</c>) or a named port; no port means all.</summary>
/// <param name="Protocol">The protocol number (TCP 6, UDP 17, SCTP 132).</param>
/// <param name="Port">The port(s), or <see langword="null"/> for every port.</param>
public sealed record KubernetesPort(int Protocol, PortSpec? Port);
