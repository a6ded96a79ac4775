using Portcullis.Core.Sets;

namespace Portcullis.Core.Explain;

/// <summary>What to explain: a source and a destination as the user wrote them, and optionally which connections.</summary>
/// <param name="Source">An endpoint, instance, VPE, load balancer or subnet name (optionally <c>vpc/name</c>), a CRN or id, an IP address or a CIDR.</param>
/// <param name="Destination">The same forms as <paramref name="Source"/>.</param>
/// <param name="Query">The connections asked about, or <see langword="null"/> for all.</param>
public sealed record ExplainRequest(string Source, string Destination, ConnectionSet? Query = null);
