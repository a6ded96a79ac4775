using Portcullis.Storage;

namespace Portcullis.Server.Configuration;

/// <summary>The names alert kinds have in the configuration file, the API and webhook bodies.</summary>
public static class AlertKinds
{
    /// <summary><c>requirement-regressed</c>, <c>lint-finding</c> or <c>collection-failed</c>.</summary>
    /// <param name="kind">The kind.</param>
    public static string Name(AlertKind kind) => kind switch
    {
        AlertKind.RequirementRegressed => "requirement-regressed",
        AlertKind.LintFinding => "lint-finding",
        AlertKind.CollectionFailed => "collection-failed",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an alert kind."),
    };

    /// <summary>The kind named <paramref name="name"/>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="kind">The kind.</param>
    public static bool TryParse(string? name, out AlertKind kind)
    {
        foreach (var candidate in Enum.GetValues<AlertKind>())
        {
            if (Name(candidate) == name)
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
