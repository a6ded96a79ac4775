namespace Portcullis.Cluster.Formats.Description;

/// <summary>The exports <c>cluster init</c> reads.</summary>
public enum ExportKind
{
    /// <summary><c>ibmcloud ks cluster get --cluster NAME --output json</c>.</summary>
    ClusterGet,

    /// <summary><c>ibmcloud ks worker ls --cluster NAME --output json</c>.</summary>
    Workers,

    /// <summary><c>ibmcloud ks subnets --provider vpc-gen2 --output json</c> or <c>ibmcloud is subnets --output JSON</c> (told apart by their fields).</summary>
    Subnets,

    /// <summary><c>ibmcloud is public-gateways --output JSON</c>.</summary>
    PublicGateways,

    /// <summary><c>kubectl get cm -n kube-system cluster-info -o yaml</c> (or <c>-o json</c>).</summary>
    ClusterInfo,
}
