namespace Portcullis.Policies.Evaluation;

/// <summary>What a decision does with the connections it covers.</summary>
public enum Verdict
{
    /// <summary>They are allowed.</summary>
    Allow,

    /// <summary>They are denied.</summary>
    Deny,

    /// <summary>They pass to the next tier (a <c>Pass</c> rule); the decision that follows is listed after it.</summary>
    Pass,
}
