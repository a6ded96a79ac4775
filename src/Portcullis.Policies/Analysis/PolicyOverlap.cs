using System.Collections.Immutable;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Analysis;

/// <summary>Two policies that select common endpoints.</summary>
/// <param name="First">The policy evaluated first.</param>
/// <param name="Second">The policy evaluated later.</param>
/// <param name="Common">The endpoints both select.</param>
public sealed record PolicyOverlap(PolicyId First, PolicyId Second, ImmutableArray<EndpointId> Common);
