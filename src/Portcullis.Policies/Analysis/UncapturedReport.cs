using System.Collections.Immutable;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Analysis;

/// <summary>Endpoints no policy selects for ingress, and those none selects for egress (they allow everything that way).</summary>
/// <param name="Ingress">Endpoints not selected for ingress.</param>
/// <param name="Egress">Endpoints not selected for egress.</param>
public sealed record UncapturedReport(ImmutableArray<Endpoint> Ingress, ImmutableArray<Endpoint> Egress);
