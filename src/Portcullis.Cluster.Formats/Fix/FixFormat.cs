namespace Portcullis.Cluster.Formats.Fix;

/// <summary>How a fix plan is written.</summary>
public enum FixFormat
{
    /// <summary>An <c>ibmcloud is</c> script.</summary>
    Script,

    /// <summary>Terraform resources for the IBM Cloud provider.</summary>
    Terraform,

    /// <summary>VPC API requests, as JSON.</summary>
    Json,
}
