namespace Portcullis.Policies.Evaluation;

/// <summary>Why a decision was taken.</summary>
public enum DecisionReason
{
    /// <summary>A policy rule matched.</summary>
    Rule,

    /// <summary>Policies of the tier selected the endpoint and none of their rules matched: the tier's default action.</summary>
    EndOfTier,

    /// <summary>No policy selects the endpoint in this direction: a workload allows everything, a host endpoint nothing.</summary>
    NoPolicy,

    /// <summary>Traffic passed through every tier: a workload's profile (Calico's namespace profile) allows it, a host endpoint without profiles denies it.</summary>
    AfterPass,

    /// <summary>A Felix failsafe port of a host endpoint.</summary>
    Failsafe,

    /// <summary>A rule of one of the endpoint's profiles matched.</summary>
    ProfileRule,

    /// <summary>The endpoint's profiles have rules and none matched.</summary>
    ProfileEnd,
}
