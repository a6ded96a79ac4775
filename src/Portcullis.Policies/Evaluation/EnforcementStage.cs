namespace Portcullis.Policies.Evaluation;

/// <summary>Where in Calico's processing a decision is taken.</summary>
public enum EnforcementStage
{
    /// <summary>Felix's failsafe rules for host endpoints.</summary>
    Failsafe,

    /// <summary>Untracked (<c>doNotTrack</c>) policy, host endpoints only.</summary>
    Untracked,

    /// <summary>Pre-DNAT policy, ingress into host endpoints only.</summary>
    PreDnat,

    /// <summary>Ordinary policy, tier by tier.</summary>
    Normal,

    /// <summary>Profiles and the defaults after policy.</summary>
    Profile,
}
