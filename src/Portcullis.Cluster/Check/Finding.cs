namespace Portcullis.Cluster.Check;

/// <summary>A check finding beside the requirements' statuses.</summary>
/// <param name="Kind">What kind of finding.</param>
/// <param name="Message">What it is, in one or two sentences.</param>
/// <param name="RequirementId">The requirement it concerns, if any.</param>
/// <param name="Rule">The rule it concerns, as explain cites it, if any.</param>
public sealed record Finding(FindingKind Kind, string Message, string? RequirementId = null, string? Rule = null);
