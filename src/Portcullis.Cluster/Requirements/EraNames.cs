using Portcullis.Cluster.Description;

namespace Portcullis.Cluster.Requirements;

/// <summary>The names eras have in files and on the command line, and which era a version gets.</summary>
public static class EraNames
{
    /// <summary>The first version of the ACL and security-group minimums.</summary>
    public static KubernetesVersion MinimumsFrom { get; } = new(1, 19);

    /// <summary>The first version of Secure by Default.</summary>
    public static KubernetesVersion SecureByDefaultFrom { get; } = new(1, 30);

    /// <summary><c>vpc-2020</c>, <c>acl-sg-minimums</c> or <c>secure-by-default</c>.</summary>
    public static string Name(DocumentationEra era) => era switch
    {
        DocumentationEra.Vpc2020 => "vpc-2020",
        DocumentationEra.AclSgMinimums => "acl-sg-minimums",
        _ => "secure-by-default",
    };

    /// <summary>Reads an era name.</summary>
    public static bool TryParse(string? text, out DocumentationEra era)
    {
        foreach (var candidate in Enum.GetValues<DocumentationEra>())
        {
            if (string.Equals(Name(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                era = candidate;
                return true;
            }
        }

        era = default;
        return false;
    }

    /// <summary>The catalog a Kubernetes version selects: before 1.19 the 2020 page, 1.19-1.29 the minimums, 1.30 on Secure by Default.</summary>
    public static DocumentationEra For(KubernetesVersion version) =>
        version < MinimumsFrom ? DocumentationEra.Vpc2020
        : version < SecureByDefaultFrom ? DocumentationEra.AclSgMinimums
        : DocumentationEra.SecureByDefault;

    /// <summary>
    /// The catalog a cluster is checked against: the one asked for (<c>--era</c>), else the one its description
    /// states, else the one its Kubernetes version selects.
    /// </summary>
    /// <param name="description">The cluster.</param>
    /// <param name="requested">The era asked for, if any.</param>
    public static DocumentationEra For(ClusterDescription description, DocumentationEra? requested = null)
    {
        ArgumentNullException.ThrowIfNull(description);
        return requested ?? description.Overrides.Era ?? For(description.Version);
    }
}
