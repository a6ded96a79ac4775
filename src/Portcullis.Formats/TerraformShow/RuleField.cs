using System.Text.Json.Nodes;

namespace Portcullis.Formats.TerraformShow;

/// <summary>One API field of a rule (<c>destination_port_min</c>, <c>type</c> ...) with the Terraform value it came from.</summary>
/// <param name="ApiName">The VPC API's name for it.</param>
/// <param name="Value">The value as written (a number, or whatever the file held, for the API reader to judge).</param>
/// <param name="Source">The attribute it came from.</param>
internal sealed record RuleField(string ApiName, JsonNode Value, TerraformValue Source);
