using System.Collections.Immutable;
using Portcullis.Core.Lint.Linters;

namespace Portcullis.Core.Lint;

/// <summary>
/// Every linter Portcullis has, by name. The first ten have the names, meanings and default states of the
/// independent analyzer whose results Portcullis is checked against; the rest go beyond it.
/// </summary>
public static class LinterRegistry
{
    /// <summary>All linters, in the order help and reports list them.</summary>
    public static ImmutableArray<Linter> All { get; } =
    [
        SplitSubnetLinter.NetworkAcls(),
        SplitSubnetLinter.SecurityGroups(),
        new SubnetOverlapLinter(),
        UnattachedLinter.NetworkAcls(),
        UnattachedLinter.SecurityGroups(),
        RuleCidrOutOfRangeLinter.SecurityGroups(),
        RuleCidrOutOfRangeLinter.NetworkAcls(),
        new TcpResponseBlockedLinter(),
        new RuleShadowedLinter(),
        new RuleImpliedLinter(),
        QuotaLinter.NetworkAcls(),
        QuotaLinter.SecurityGroups(),
        new InterfaceGroupQuotaLinter(),
        new AdminPortLinter(),
        new OneWayRequestResponseLinter(),
        new ReplyRuleOpensConnectionsLinter(),
    ];

    /// <summary>The linter with this name, or <see langword="null"/>.</summary>
    public static Linter? Find(string name) => All.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.Ordinal));

    /// <summary>
    /// The linters to run: those on by default or named in <paramref name="enable"/>, minus those named in
    /// <paramref name="disable"/> (disable wins). Every name must be known.
    /// </summary>
    /// <param name="enable">Names to run in addition to the default ones.</param>
    /// <param name="disable">Names not to run.</param>
    /// <param name="selected">The linters to run, in registry order.</param>
    /// <param name="unknown">The names that are no linter's, in ordinal order; empty when every name is known.</param>
    /// <returns>Whether every name is known.</returns>
    public static bool TrySelect(IEnumerable<string> enable, IEnumerable<string> disable, out ImmutableArray<Linter> selected, out ImmutableArray<string> unknown)
    {
        ArgumentNullException.ThrowIfNull(enable);
        ArgumentNullException.ThrowIfNull(disable);
        var on = enable.ToHashSet(StringComparer.Ordinal);
        var off = disable.ToHashSet(StringComparer.Ordinal);
        unknown = [.. on.Concat(off).Where(n => Find(n) is null).Distinct().Order(StringComparer.Ordinal)];
        selected = unknown.IsEmpty ? [.. All.Where(l => (l.EnabledByDefault || on.Contains(l.Name)) && !off.Contains(l.Name))] : [];
        return unknown.IsEmpty;
    }
}
