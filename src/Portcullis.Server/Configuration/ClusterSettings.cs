using Portcullis.Cluster.Requirements;

namespace Portcullis.Server.Configuration;

/// <summary>A cluster checked on every new snapshot of its account.</summary>
/// <param name="Name">The cluster's name in the server.</param>
/// <param name="Account">The account whose snapshots hold its VPC.</param>
/// <param name="Description">Its description file (<c>cluster.yaml</c>), absolute.</param>
/// <param name="Era">The era to check against instead of the one its version selects, if any.</param>
public sealed record ClusterSettings(string Name, string Account, string Description, DocumentationEra? Era);
