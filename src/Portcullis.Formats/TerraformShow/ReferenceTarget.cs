namespace Portcullis.Formats.TerraformShow;

/// <summary>What an expression of the configuration refers to: an attribute of a resource instance, or a constant.</summary>
/// <param name="Resource">The resource instance, or <see langword="null"/> for a constant.</param>
/// <param name="AttributePath">The attribute of <paramref name="Resource"/> (<c>id</c>, <c>primary_network_interface[0].id</c>), empty for the whole object.</param>
/// <param name="Constant">The value, for a variable given to the plan or a module argument written as a literal.</param>
internal sealed record ReferenceTarget(TerraformResource? Resource, string AttributePath, string? Constant = null);
