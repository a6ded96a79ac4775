namespace Portcullis.Policies.Analysis.Lint;

/// <summary>What a policy lint finding is about.</summary>
public enum PolicyFindingKind
{
    /// <summary>Calico policies of equal order select common endpoints with opposite actions: which wins depends on their names.</summary>
    ConflictingOrder,

    /// <summary>A policy selects no endpoint.</summary>
    EmptyPolicy,

    /// <summary>A rule's source or destination selects nothing, so it matches no traffic.</summary>
    EmptyRule,

    /// <summary>Removing the policy would change nothing.</summary>
    RedundantPolicy,

    /// <summary>Removing the rule would change nothing.</summary>
    RedundantRule,

    /// <summary>The policies together allow exactly what no policy would.</summary>
    Vacuous,

    /// <summary>No policy selects the endpoint in a direction: it allows everything that way.</summary>
    Uncaptured,
}
