using System.Globalization;

namespace Portcullis.Core.Sets;

/// <summary>One item of a user's number list (ports, HTTP statuses): <c>N</c> or <c>N-M</c>, within bounds.</summary>
public static class NumberRange
{
    /// <summary>
    /// Reads <paramref name="item"/> as a single number or an ascending range, both ends within
    /// <c>[min, max]</c>; digits only (no signs or spaces inside a number).
    /// </summary>
    public static bool TryParse(string item, int min, int max, out Interval<int> range)
    {
        ArgumentNullException.ThrowIfNull(item);
        range = default;
        var bounds = item.Split('-', StringSplitOptions.TrimEntries);
        if (bounds.Length is 1 or 2
            && int.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out var low)
            && int.TryParse(bounds[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var high)
            && low >= min && high <= max && low <= high)
        {
            range = new Interval<int>(low, high);
            return true;
        }

        return false;
    }
}
