namespace Portcullis.Policies.Model;

/// <summary>The kind of a policy resource.</summary>
public enum PolicyKind
{
    /// <summary>A Kubernetes <c>networking.k8s.io/v1</c> NetworkPolicy (Calico treats it as order 1000 in the default tier).</summary>
    KubernetesNetworkPolicy,

    /// <summary>A Calico <c>projectcalico.org/v3</c> NetworkPolicy (namespaced).</summary>
    CalicoNetworkPolicy,

    /// <summary>A Calico GlobalNetworkPolicy (applies to endpoints in every namespace and to host endpoints).</summary>
    CalicoGlobalNetworkPolicy,
}
