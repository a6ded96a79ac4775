namespace Portcullis.Formats.TerraformShow;

/// <summary>
/// What a Terraform rule matches, in the VPC API's fields: the protocol and the port, type and code fields the API
/// would hold after apply, whichever of the provider's forms (flat <c>protocol</c>/<c>port_min</c>, or the older nested
/// <c>tcp</c>/<c>udp</c>/<c>icmp</c> blocks) the rule was written in. Meaning (what <c>all</c> or a port range matches)
/// is left to the VPC API reader.
/// </summary>
/// <param name="Protocol">The API protocol name, or <see langword="null"/> when the plan does not know it.</param>
/// <param name="ProtocolSource">Where the protocol came from (the attribute or block).</param>
/// <param name="Fields">The API's port, type and code fields, with where each came from.</param>
/// <param name="Unknown">The attributes that decide what the rule matches but are known only after apply.</param>
internal sealed record RuleMatch(string? Protocol, TerraformValue ProtocolSource, IReadOnlyList<RuleField> Fields, IReadOnlyList<TerraformValue> Unknown);
