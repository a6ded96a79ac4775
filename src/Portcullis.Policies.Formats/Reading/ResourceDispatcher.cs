namespace Portcullis.Policies.Formats.Reading;

/// <summary>Sends each resource to the reader of its kind and apiVersion; kinds no analysis uses are skipped.</summary>
internal static class ResourceDispatcher
{
    private const string CalicoVersion = "projectcalico.org/v3";

    private static readonly string[] WorkloadKinds = ["Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job", "CronJob", "ReplicationController"];

    public static void Read(Node node, string? kind, string? apiVersion, ResourceCollector collector)
    {
        var isCalico = apiVersion == CalicoVersion || (apiVersion?.StartsWith("projectcalico.org/", StringComparison.Ordinal) ?? false);
        switch (kind)
        {
            case "NetworkPolicy" when isCalico:
            case "GlobalNetworkPolicy" when isCalico:
            case "Profile" when isCalico:
            case "Tier" when isCalico:
                if (collector.Wants(ResourceRoles.Policies) && CheckCalicoVersion(node, apiVersion!, kind))
                {
                    CalicoPolicyReader.Read(node, kind, collector);
                }

                break;
            case "NetworkPolicy":
                if (collector.Wants(ResourceRoles.Policies))
                {
                    if (apiVersion is "networking.k8s.io/v1" or "extensions/v1beta1")
                    {
                        KubernetesPolicyReader.Read(node, collector);
                    }
                    else
                    {
                        node["apiVersion"].Report(PolicyDiagnostics.InvalidValue, apiVersion is null
                            ? "a NetworkPolicy needs apiVersion networking.k8s.io/v1 (Kubernetes) or projectcalico.org/v3 (Calico)"
                            : $"apiVersion '{apiVersion}' is neither networking.k8s.io/v1 (a Kubernetes NetworkPolicy) nor projectcalico.org/v3 (a Calico one)");
                    }
                }

                break;
            case "GlobalNetworkPolicy":
            case "Profile":
                if (collector.Wants(ResourceRoles.Policies))
                {
                    node["apiVersion"].Report(PolicyDiagnostics.InvalidValue, $"a {kind} needs apiVersion {CalicoVersion}, not '{apiVersion}'");
                }

                break;
            case "HostEndpoint" or "WorkloadEndpoint" or "NetworkSet" or "GlobalNetworkSet" when isCalico:
                if (collector.Wants(ResourceRoles.Endpoints))
                {
                    TopologyReader.ReadCalicoEndpoint(node, kind, collector);
                }

                break;
            case "Pod":
                if (collector.Wants(ResourceRoles.Endpoints))
                {
                    TopologyReader.ReadPod(node, collector);
                }

                break;
            case "Namespace":
                if (collector.Wants(ResourceRoles.Namespaces))
                {
                    TopologyReader.ReadNamespace(node, collector);
                }

                break;
            case "Node":
                if (collector.Wants(ResourceRoles.Endpoints))
                {
                    TopologyReader.ReadNode(node, collector);
                }

                break;
            case "ServiceAccount":
                if (collector.Wants(ResourceRoles.Endpoints))
                {
                    TopologyReader.ReadServiceAccount(node, collector);
                }

                break;
            case { } workload when WorkloadKinds.Contains(workload, StringComparer.Ordinal):
                if (collector.Wants(ResourceRoles.Endpoints))
                {
                    TopologyReader.ReadWorkload(node, workload, collector);
                }

                break;
            default:
                // Services, ingresses, config maps ...: nothing a policy analysis reads.
                break;
        }
    }

    private static bool CheckCalicoVersion(Node node, string apiVersion, string kind)
    {
        if (apiVersion == CalicoVersion)
        {
            return true;
        }

        node["apiVersion"].Report(PolicyDiagnostics.InvalidValue, $"a Calico {kind} needs apiVersion {CalicoVersion}, not '{apiVersion}' (older versions are read by converting them with calicoctl convert)");
        return false;
    }
}
