namespace Portcullis.Cluster.Requirements;

/// <summary>Why a connection template does not resolve, with the text of the template at fault.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Text">
/// The protocol, for <see cref="TemplateProblemKind.UnknownProtocol"/>, <see cref="TemplateProblemKind.PortsWithoutTcpOrUdp"/>
/// and <see cref="TemplateProblemKind.IcmpFieldsWithoutIcmp"/>; the port list, for <see cref="TemplateProblemKind.NotAPortList"/>;
/// otherwise <see langword="null"/>.
/// </param>
public sealed record TemplateProblem(TemplateProblemKind Kind, string? Text = null);
