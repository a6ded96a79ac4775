using Portcullis.Core.Sets;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Evaluation;

/// <summary>
/// One step of how an endpoint's policy treats the traffic of a pair: the connections it covers, the verdict, and
/// the policy and rule (or default) that took it. A fact: writers word it.
/// </summary>
/// <param name="Direction">The direction, seen from the endpoint whose policy decides.</param>
/// <param name="Connections">The connections this step decides.</param>
/// <param name="Verdict">Allow, deny or pass.</param>
/// <param name="Reason">Why.</param>
/// <param name="Stage">Where in Calico's processing.</param>
/// <param name="Tier">The tier, for policy decisions.</param>
/// <param name="Policy">The policy, for rule and end-of-tier decisions.</param>
/// <param name="Rule">The rule, for rule decisions.</param>
/// <param name="Profile">The profile, for profile decisions.</param>
/// <param name="ProfileRuleNumber">The 1-based rule number within the profile.</param>
public sealed record Decision(
    Direction Direction,
    ConnectionSet Connections,
    Verdict Verdict,
    DecisionReason Reason,
    EnforcementStage Stage,
    string? Tier = null,
    PolicyId? Policy = null,
    RuleId? Rule = null,
    string? Profile = null,
    int? ProfileRuleNumber = null);
