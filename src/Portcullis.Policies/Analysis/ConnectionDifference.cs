using Portcullis.Core.Sets;
using Portcullis.Policies.Evaluation;

namespace Portcullis.Policies.Analysis;

/// <summary>A pair whose connections differ between two configurations (or that one allows and a comparison asks about).</summary>
/// <param name="Source">The source.</param>
/// <param name="Destination">The destination.</param>
/// <param name="First">What the first configuration allows.</param>
/// <param name="Second">What the second allows.</param>
public sealed record ConnectionDifference(PolicyPeer Source, PolicyPeer Destination, ConnectionSet First, ConnectionSet Second);
