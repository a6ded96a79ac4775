using Portcullis.Cluster.Requirements;

namespace Portcullis.Cluster.Check;

/// <summary>A finding about one requirement.</summary>
/// <param name="Requirement">The requirement it concerns.</param>
public abstract record RequirementFinding(Requirement Requirement) : Finding;
