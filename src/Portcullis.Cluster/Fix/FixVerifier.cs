using Portcullis.Cluster.Check;
using Portcullis.Cluster.Requirements;
using Portcullis.Core.Analysis;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Diff;
using Portcullis.Core.Model;

namespace Portcullis.Cluster.Fix;

/// <summary>Proves a fix: applies the plan in memory, checks the cluster again and diffs the connectivity.</summary>
public static class FixVerifier
{
    /// <summary>
    /// Applies <paramref name="plan"/> to <paramref name="configuration"/> and checks the cluster of
    /// <paramref name="before"/> on the result against the same catalog, as <c>cluster check</c> would on the written
    /// configuration.
    /// </summary>
    /// <param name="before">The check the plan was made from.</param>
    /// <param name="plan">The plan.</param>
    /// <param name="configuration">The configuration as read (the one <paramref name="before"/> bound the cluster to).</param>
    /// <param name="facts">The cloud facts the cluster was bound with.</param>
    public static FixProof Verify(ClusterCheckReport before, FixPlan plan, VpcConfiguration configuration, CloudFacts facts)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(facts);
        var patched = FixApplier.Apply(configuration, plan);
        var diagnostics = new DiagnosticBag();

        // Adding allow rules changes no reference, so a configuration the cluster was bound to binds again.
        var binding = ClusterBinding.TryBind(before.Binding.Description, patched, facts, diagnostics)
            ?? throw new InvalidOperationException("The patched configuration no longer binds the cluster: " + string.Join("; ", diagnostics.ToImmutable()));
        var after = ClusterChecker.Check(binding, before.Catalog);
        var differences = ConnectivityDiff.Compare(before.Binding.Analyzer, binding.Analyzer, ConnectivityLevel.Endpoints);
        return new FixProof(before, plan, after, patched, differences);
    }
}
