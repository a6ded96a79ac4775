using Portcullis.Policies.Model;

namespace Portcullis.Policies.Evaluation;

/// <summary>A policy compiled against one configuration: the endpoint classes it selects and its compiled rules.</summary>
internal sealed class CompiledPolicy
{
    public CompiledPolicy(Policy model, Tier tier, bool[] selected, CompiledRule[] ingress, CompiledRule[] egress)
    {
        Model = model;
        Tier = tier;
        Selected = selected;
        Ingress = ingress;
        Egress = egress;
    }

    public Policy Model { get; }

    public Tier Tier { get; }

    /// <summary>Which endpoint classes the policy selects.</summary>
    public bool[] Selected { get; }

    public CompiledRule[] Ingress { get; }

    public CompiledRule[] Egress { get; }

    public CompiledRule[] Rules(Direction direction) => direction == Direction.Ingress ? Ingress : Egress;

    public bool SelectsAny => Selected.Any(s => s);
}
