namespace Portcullis.Policies.Model;

/// <summary>A Calico policy tier: tiers are evaluated in order, policies within a tier in order.</summary>
/// <param name="Name">The name (<c>default</c> holds every policy that names no tier, and all Kubernetes policies).</param>
/// <param name="Order">The order; <see langword="null"/> is last.</param>
/// <param name="DefaultAction">What happens to traffic no policy of the tier decides, on endpoints a policy of the tier selects.</param>
public sealed record Tier(string Name, double? Order, RuleAction DefaultAction = RuleAction.Deny)
{
    /// <summary>The name of the default tier.</summary>
    public const string DefaultName = "default";

    /// <summary>The default tier, evaluated after every tier with an order (Calico gives it order 1,000,000).</summary>
    public static Tier Default { get; } = new(DefaultName, 1_000_000);
}
