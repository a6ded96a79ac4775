namespace Portcullis.Policies.Model;

/// <summary>A rule's identity: its policy, direction and 1-based position.</summary>
/// <param name="Policy">The policy.</param>
/// <param name="Direction">Ingress or egress.</param>
/// <param name="Number">The 1-based position among the policy's rules of that direction.</param>
public sealed record RuleId(PolicyId Policy, Direction Direction, int Number);
