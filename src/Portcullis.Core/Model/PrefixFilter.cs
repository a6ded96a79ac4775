using Portcullis.Core.Addresses;

namespace Portcullis.Core.Model;

/// <summary>One transit gateway prefix filter.</summary>
/// <param name="Action">Permit or deny.</param>
/// <param name="Prefix">The filter's prefix.</param>
/// <param name="Ge">Match only prefixes at least this long, if set.</param>
/// <param name="Le">Match only prefixes at most this long, if set.</param>
public sealed record PrefixFilter(PrefixFilterAction Action, IpPrefix Prefix, int? Ge, int? Le)
{
    /// <summary>
    /// Whether the filter applies to an advertised prefix: exactly equal without <c>ge</c>/<c>le</c>, otherwise
    /// contained in the filter's prefix with a length inside the bounds.
    /// </summary>
    public bool Matches(IpPrefix candidate)
    {
        if (Ge is null && Le is null)
        {
            return candidate == Prefix;
        }

        return Prefix.Contains(candidate.First) && Prefix.Contains(candidate.Last) && candidate.Length >= Prefix.Length
            && (Ge is not { } ge || candidate.Length >= ge) && (Le is not { } le || candidate.Length <= le);
    }
}
