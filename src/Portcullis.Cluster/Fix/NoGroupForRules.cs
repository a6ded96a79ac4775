using Portcullis.Core.Topology;

namespace Portcullis.Cluster.Fix;

/// <summary>An endpoint whose security groups need rules, but that has no group to add them to (IKS cannot attach one after creation).</summary>
/// <param name="Owner">The endpoint.</param>
public sealed record NoGroupForRules(Endpoint Owner) : FixProblem;
