using System.Globalization;
using Portcullis.Policies.Model;

namespace Portcullis.Conformance.Nca;

/// <summary>NCA's names for workloads: the owner, with a ReplicaSet's hash suffix taken off (a Deployment's), or the pod itself.</summary>
public static class NcaWorkloads
{
    public static string WorkloadName(Endpoint endpoint)
    {
        if (endpoint.IsHost)
        {
            return endpoint.Name;
        }

        if (endpoint.Owner is not { } owner || owner.Name.Length == 0)
        {
            return $"{endpoint.Namespace}/{endpoint.Name}(Pod)";
        }

        if (owner.Kind == "ReplicaSet")
        {
            var dash = owner.Name.LastIndexOf('-');
            var suffix = owner.Name[(dash + 1)..];
            return suffix.All(Uri.IsHexDigit)
                ? $"{endpoint.Namespace}/{owner.Name[..Math.Max(dash, 0)]}(Deployment-StatefulSet)"
                : $"{endpoint.Namespace}/{owner.Name}(ReplicaSet)";
        }

        return $"{endpoint.Namespace}/{owner.Name}({owner.Kind})";
    }

    public static string ToText(int value) => value.ToString(CultureInfo.InvariantCulture);
}
