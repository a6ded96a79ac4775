using System.Collections.Immutable;
using Portcullis.Core.Addresses;

namespace Portcullis.Conformance.Nca.Outputs;

/// <summary>One side of an NCA fw-rule: endpoints (namespaces and a pod expression) or an address block.</summary>
public sealed record FwSide(ImmutableArray<string> Namespaces, string? Pods, IpAddressSet? Block);
