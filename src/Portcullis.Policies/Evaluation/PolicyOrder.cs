using Portcullis.Policies.Model;

namespace Portcullis.Policies.Evaluation;

/// <summary>
/// The order Calico evaluates policies in: by tier (order, then name), then by policy order (none is last), then by
/// name (Calico) or reading order (NCA).
/// </summary>
internal sealed class PolicyOrder : IComparer<CompiledPolicy>
{
    private readonly bool _byName;
    private readonly Func<string, Tier> _tier;

    private PolicyOrder(bool byName, Func<string, Tier> tier)
    {
        _byName = byName;
        _tier = tier;
    }

    public static PolicyOrder For(EvaluationSemantics semantics, Func<string, Tier> tier) => new(semantics.TiesByName, tier);

    public int Compare(CompiledPolicy? x, CompiledPolicy? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var byTier = CompareOrders(x.Tier.Order, y.Tier.Order);
        if (byTier != 0)
        {
            return byTier;
        }

        byTier = string.CompareOrdinal(x.Tier.Name, y.Tier.Name);
        if (byTier != 0)
        {
            return byTier;
        }

        var byOrder = CompareOrders(x.Model.EffectiveOrder, y.Model.EffectiveOrder);
        if (byOrder != 0)
        {
            return byOrder;
        }

        if (_byName)
        {
            var byName = string.CompareOrdinal(SortName(x.Model), SortName(y.Model));
            if (byName != 0)
            {
                return byName;
            }
        }

        return x.Model.InputOrder.CompareTo(y.Model.InputOrder);
    }

    // Calico names a Kubernetes policy knp.default.<name> in its namespace.
    private static string SortName(Policy policy) => policy.IsKubernetes
        ? $"{policy.Id.Namespace}/knp.default.{policy.Id.Name}"
        : policy.Id.FullName;

    private static int CompareOrders(double? x, double? y) => (x, y) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        _ => x.Value.CompareTo(y!.Value),
    };
}
