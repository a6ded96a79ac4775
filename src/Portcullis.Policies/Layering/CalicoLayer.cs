using Portcullis.Policies.Evaluation;

namespace Portcullis.Policies.Layering;

/// <summary>One cluster's Calico and Kubernetes policies, analysed, as a firewall layer in front of its workers and pods.</summary>
/// <param name="Cluster">The cluster's name.</param>
/// <param name="Connectivity">What the cluster's policies allow (its host endpoints, pods and external blocks).</param>
public sealed record CalicoLayer(string Cluster, PolicyConnectivity Connectivity);
