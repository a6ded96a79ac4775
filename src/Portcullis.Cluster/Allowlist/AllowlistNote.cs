using Portcullis.Cluster.Description;

namespace Portcullis.Cluster.Allowlist;

/// <summary>Something an allowlist's user should know.</summary>
/// <param name="Kind">What.</param>
/// <param name="Subnet">The worker subnet it concerns, for <see cref="AllowlistNoteKind.NoPublicGateway"/> and <see cref="AllowlistNoteKind.GatewayAddressUnknown"/>.</param>
public sealed record AllowlistNote(AllowlistNoteKind Kind, WorkerSubnet? Subnet = null);
