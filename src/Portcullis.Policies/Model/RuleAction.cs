namespace Portcullis.Policies.Model;

/// <summary>What a rule does with the traffic it matches.</summary>
public enum RuleAction
{
    /// <summary>Allow it; evaluation stops.</summary>
    Allow,

    /// <summary>Deny it; evaluation stops.</summary>
    Deny,

    /// <summary>Skip the rest of the tier: evaluation goes on with the next tier (or the profiles).</summary>
    Pass,

    /// <summary>Log it and go on with the next rule.</summary>
    Log,
}
