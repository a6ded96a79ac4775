using System.Collections.Immutable;

namespace Portcullis.Cluster.Description;

/// <summary>A worker pool and the subnets (one or more per zone) its workers are placed in.</summary>
/// <param name="Name">The pool's name.</param>
/// <param name="Subnets">Its subnets.</param>
public sealed record WorkerPool(string Name, ImmutableArray<WorkerSubnet> Subnets);
