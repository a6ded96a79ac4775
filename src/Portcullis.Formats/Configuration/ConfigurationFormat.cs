namespace Portcullis.Formats.Configuration;

/// <summary>The formats a VPC configuration is read from, told apart by content.</summary>
public enum ConfigurationFormat
{
    /// <summary>The JSON the cloud-resource collector writes (an object with <c>vpcs</c>, <c>subnets</c> ...).</summary>
    Collector,

    /// <summary><c>terraform show -json</c> of a state.</summary>
    TerraformState,

    /// <summary><c>terraform show -json</c> of a saved plan: the network as it will be after apply.</summary>
    TerraformPlan,

    /// <summary>What one <c>ibmcloud is ... --output JSON</c> list command prints.</summary>
    IbmCloudExport,
}
