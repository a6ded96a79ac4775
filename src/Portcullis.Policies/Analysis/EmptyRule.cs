using Portcullis.Policies.Model;

namespace Portcullis.Policies.Analysis;

/// <summary>A rule that matches no traffic because one of its sides selects no peer.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="NoSource">Whether its source side selects nothing.</param>
/// <param name="NoDestination">Whether its destination side selects nothing.</param>
public sealed record EmptyRule(RuleId Rule, bool NoSource, bool NoDestination);
