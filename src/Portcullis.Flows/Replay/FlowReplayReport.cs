using System.Collections.Immutable;

namespace Portcullis.Flows.Replay;

/// <summary>The result of replaying flow logs against a configuration.</summary>
/// <param name="Objects">Flow-log objects read.</param>
/// <param name="Records">Records read.</param>
/// <param name="Evaluated">Records decided against the configuration (those of known vNICs).</param>
/// <param name="Changes">Connections decided differently, most records first (ties in a fixed order of their values: the same on every run).</param>
/// <param name="Rules">Every rule of the ACL and security-group directions some record crossed, with its hits, in configuration order.</param>
/// <param name="UnjudgedRules">Rules of the ACL and security-group directions no record crossed: nothing can be said of them.</param>
/// <param name="UnknownInterfaces">vNIC ids the configuration does not have, with their record counts, most records first (at most <see cref="FlowReplayTally.UnknownIdLimit"/>).</param>
/// <param name="OtherUnknownRecords">Records of unknown vNICs beyond those ids, counted together.</param>
/// <param name="AddressMismatches">Records whose vNIC-side address is not the vNIC's own (the record was still decided with its addresses).</param>
/// <param name="SkippedDataObjects">Objects whose <c>state</c> says the collector lost data.</param>
public sealed record FlowReplayReport(
    long Objects,
    long Records,
    long Evaluated,
    ImmutableArray<ChangedDecision> Changes,
    ImmutableArray<RuleUse> Rules,
    int UnjudgedRules,
    ImmutableArray<(string InterfaceId, long Records)> UnknownInterfaces,
    long OtherUnknownRecords,
    long AddressMismatches,
    long SkippedDataObjects)
{
    /// <summary>Records of accepted traffic the configuration would now reject.</summary>
    public long NowRejected => Changes.Where(c => c.Kind == ChangeKind.NowRejected).Sum(c => c.Records);

    /// <summary>Records of rejected traffic the configuration would now accept.</summary>
    public long NowAccepted => Changes.Where(c => c.Kind == ChangeKind.NowAccepted).Sum(c => c.Records);

    /// <summary>Records of vNICs the configuration does not have.</summary>
    public long UnknownRecords => UnknownInterfaces.Sum(u => u.Records) + OtherUnknownRecords;

    /// <summary>The rules no evaluated record used (lint: candidates for removal, or rules for traffic that no longer exists).</summary>
    public IEnumerable<RuleUse> UnusedRules => Rules.Where(r => r.Hits == 0);
}
