using Portcullis.Core.Diagnostics;

namespace Portcullis.Policies.Model;

/// <summary>A rule of a policy: a Calico rule or a Kubernetes one.</summary>
public abstract record PolicyRule
{
    private protected PolicyRule()
    {
    }

    /// <summary>What the rule does with the traffic it matches (Kubernetes rules always allow).</summary>
    public abstract RuleAction Action { get; }

    /// <summary>Where the rule was read from.</summary>
    public SourceLocation? Source { get; init; }
}
