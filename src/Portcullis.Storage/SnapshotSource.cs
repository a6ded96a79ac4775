namespace Portcullis.Storage;

/// <summary>Where a snapshot's configuration came from.</summary>
public enum SnapshotSource
{
    /// <summary>A configuration file uploaded through the API (the collector's JSON, or exports).</summary>
    FileUpload,

    /// <summary>A Terraform state or plan uploaded through the API.</summary>
    TerraformUpload,

    /// <summary>Collected from the cloud account by the server on a schedule.</summary>
    Collect,

    /// <summary>Read on a schedule from a file on the server (written there by another tool).</summary>
    File,

    /// <summary>Fetched on a schedule from a URL.</summary>
    Url,
}
