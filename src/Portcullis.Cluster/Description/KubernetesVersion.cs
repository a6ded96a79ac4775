using System.Globalization;

namespace Portcullis.Cluster.Description;

/// <summary>A Kubernetes minor version such as 1.29, read from what IKS prints (<c>1.29.8_1543</c>, <c>1.30</c>, <c>v1.31.2</c>).</summary>
/// <param name="Major">The major version (1).</param>
/// <param name="Minor">The minor version.</param>
public readonly record struct KubernetesVersion(int Major, int Minor) : IComparable<KubernetesVersion>
{
    /// <summary>Reads <c>major.minor</c>, ignoring a leading <c>v</c> and anything after the minor number (patch, <c>_1543</c>, <c>_openshift</c>).</summary>
    public static bool TryParse(string? text, out KubernetesVersion version)
    {
        version = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        if (span.Length > 0 && (span[0] == 'v' || span[0] == 'V'))
        {
            span = span[1..];
        }

        var dot = span.IndexOf('.');
        if (dot <= 0)
        {
            return false;
        }

        var rest = span[(dot + 1)..];
        var digits = 0;
        while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
        {
            digits++;
        }

        if (digits == 0 || (digits < rest.Length && rest[digits] is not ('.' or '_' or '-' or '+'))
            || !int.TryParse(span[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(rest[..digits], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            || major is < 1 or > 9 || minor > 999)
        {
            return false;
        }

        version = new KubernetesVersion(major, minor);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(KubernetesVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    /// <summary>Version order.</summary>
    public static bool operator <(KubernetesVersion left, KubernetesVersion right) => left.CompareTo(right) < 0;

    /// <summary>Version order.</summary>
    public static bool operator >(KubernetesVersion left, KubernetesVersion right) => left.CompareTo(right) > 0;

    /// <summary>Version order.</summary>
    public static bool operator <=(KubernetesVersion left, KubernetesVersion right) => left.CompareTo(right) <= 0;

    /// <summary>Version order.</summary>
    public static bool operator >=(KubernetesVersion left, KubernetesVersion right) => left.CompareTo(right) >= 0;

    /// <summary><c>1.29</c>.</summary>
    public override string ToString() => $"{Major}.{Minor}";
}
