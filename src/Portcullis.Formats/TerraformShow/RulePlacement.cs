namespace Portcullis.Formats.TerraformShow;

/// <summary>A rule that a separate resource manages, and the rule it goes immediately before (<c>before</c>).</summary>
/// <param name="RuleId">The rule's id (its address while the plan does not know it).</param>
/// <param name="BeforeId">The rule it goes before, or <see langword="null"/> for the end of the list.</param>
/// <param name="Address">The resource's address, for messages.</param>
internal sealed record RulePlacement(string RuleId, string? BeforeId, string Address);
