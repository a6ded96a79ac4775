namespace Portcullis.Cluster.Fix;

/// <summary>What a fix cannot do, with what to do instead: one of the sealed records deriving from this one.</summary>
public abstract record FixProblem;
