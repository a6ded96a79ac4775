using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Portcullis.Core.Sets;

/// <summary>
/// An immutable set of integer pairs <c>(first, second)</c>, such as TCP (source port, destination port) or ICMP
/// (type, code), held in canonical form: a list of rectangles <c>First × Second</c> whose <c>First</c> parts are
/// disjoint and whose <c>Second</c> parts are pairwise different, ordered by the smallest first value.
/// </summary>
/// <remarks>
/// The canonical form is unique, so structural equality is set equality and printing is stable.
/// <c>default</c> is the empty set.
/// </remarks>
public readonly struct ProductSet : IEquatable<ProductSet>
{
    private readonly ProductPart[]? _parts;

    private ProductSet(ProductPart[] canonical) => _parts = canonical.Length == 0 ? null : canonical;

    /// <summary>The empty set.</summary>
    public static ProductSet Empty => default;

    /// <summary>The rectangle <paramref name="first"/> × <paramref name="second"/>.</summary>
    public static ProductSet Of(IntervalSet<int> first, IntervalSet<int> second) =>
        first.IsEmpty || second.IsEmpty ? Empty : new ProductSet([new ProductPart(first, second)]);

    /// <summary>The canonical rectangles, ordered by their smallest first value.</summary>
    public ReadOnlySpan<ProductPart> Parts => _parts;

    /// <summary>Whether the set has no members.</summary>
    public bool IsEmpty => _parts is null;

    /// <summary>Whether <c>(first, second)</c> is a member.</summary>
    public bool Contains(int first, int second)
    {
        foreach (var part in Parts)
        {
            if (part.First.Contains(first))
            {
                return part.Second.Contains(second);
            }
        }

        return false;
    }

    /// <summary>The union of the two sets.</summary>
    public ProductSet Union(ProductSet other) =>
        other.IsEmpty || ReferenceEquals(_parts, other._parts) ? this : IsEmpty ? other : Combine(this, other, static (a, b) => a.Union(b));

    /// <summary>The intersection of the two sets.</summary>
    public ProductSet Intersect(ProductSet other) =>
        IsEmpty || other.IsEmpty ? Empty : ReferenceEquals(_parts, other._parts) ? this : Combine(this, other, static (a, b) => a.Intersect(b));

    /// <summary>The pairs of this set that are not in <paramref name="other"/>.</summary>
    public ProductSet Except(ProductSet other) =>
        IsEmpty || other.IsEmpty ? this : ReferenceEquals(_parts, other._parts) ? Empty : Combine(this, other, static (a, b) => a.Except(b));

    /// <summary>Whether every pair of this set is in <paramref name="other"/>.</summary>
    public bool IsSubsetOf(ProductSet other) => Except(other).IsEmpty;

    /// <summary>Whether the two sets share a pair.</summary>
    public bool Overlaps(ProductSet other) => !Intersect(other).IsEmpty;

    /// <summary>The set with its two coordinates exchanged: <c>(b, a)</c> for each member <c>(a, b)</c>.</summary>
    public ProductSet Transpose()
    {
        var result = Empty;
        foreach (var part in Parts)
        {
            result = result.Union(Of(part.Second, part.First));
        }

        return result;
    }

    /// <summary>All first coordinates that occur.</summary>
    public IntervalSet<int> FirstProjection()
    {
        var result = IntervalSet<int>.Empty;
        foreach (var part in Parts)
        {
            result = result.Union(part.First);
        }

        return result;
    }

    /// <inheritdoc />
    public bool Equals(ProductSet other) => Parts.SequenceEqual(other.Parts);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ProductSet other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var part in Parts)
        {
            hash.Add(part);
        }

        return hash.ToHashCode();
    }

    /// <summary>Set equality.</summary>
    public static bool operator ==(ProductSet left, ProductSet right) => left.Equals(right);

    /// <summary>Set inequality.</summary>
    public static bool operator !=(ProductSet left, ProductSet right) => !left.Equals(right);

    /// <summary>The canonical parts as an immutable array.</summary>
    public ImmutableArray<ProductPart> ToImmutableArray() => ImmutableCollectionsMarshal.AsImmutableArray(Parts.ToArray());

    /// <summary><c>{first × second; ...}</c>, for debugging.</summary>
    public override string ToString() => "{" + string.Join("; ", (_parts ?? []).Select(p => $"{p.First} x {p.Second}")) + "}";

    // Sweeps the first coordinate over the elementary segments on which both operands are constant, applies the
    // operation to their second-coordinate sets, then regroups equal second sets into canonical rectangles.
    private static ProductSet Combine(ProductSet a, ProductSet b, Func<IntervalSet<int>, IntervalSet<int>, IntervalSet<int>> operation)
    {
        var left = Segments(a);
        var right = Segments(b);
        var bounds = new List<long>(2 * (left.Count + right.Count));
        foreach (var segment in left)
        {
            bounds.Add(segment.Start);
            bounds.Add((long)segment.End + 1);
        }

        foreach (var segment in right)
        {
            bounds.Add(segment.Start);
            bounds.Add((long)segment.End + 1);
        }

        bounds.Sort();
        var elementary = new List<(Interval<int> Range, IntervalSet<int> Second)>(bounds.Count);
        int i = 0, j = 0;
        for (var k = 0; k < bounds.Count - 1; k++)
        {
            var start = bounds[k];
            var next = bounds[k + 1];
            if (start == next)
            {
                continue;
            }

            while (i < left.Count && left[i].End < start)
            {
                i++;
            }

            while (j < right.Count && right[j].End < start)
            {
                j++;
            }

            var fromLeft = i < left.Count && left[i].Start <= start ? left[i].Second : IntervalSet<int>.Empty;
            var fromRight = j < right.Count && right[j].Start <= start ? right[j].Second : IntervalSet<int>.Empty;
            var second = operation(fromLeft, fromRight);
            if (!second.IsEmpty)
            {
                elementary.Add((new Interval<int>((int)start, (int)(next - 1)), second));
            }
        }

        return Regroup(elementary);
    }

    private static List<(int Start, int End, IntervalSet<int> Second)> Segments(ProductSet set)
    {
        var count = 0;
        foreach (var part in set.Parts)
        {
            count += part.First.IntervalCount;
        }

        var segments = new List<(int Start, int End, IntervalSet<int> Second)>(count);
        foreach (var part in set.Parts)
        {
            foreach (var interval in part.First.Intervals)
            {
                segments.Add((interval.Start, interval.End, part.Second));
            }
        }

        segments.Sort(static (x, y) => x.Start.CompareTo(y.Start));
        return segments;
    }

    /// <summary>Builds the canonical set from first-coordinate intervals (ascending, disjoint) each with its second set.</summary>
    internal static ProductSet Regroup(List<(Interval<int> Range, IntervalSet<int> Second)> elementary)
    {
        if (elementary.Count == 0)
        {
            return Empty;
        }

        var order = new List<IntervalSet<int>>();
        var groups = new Dictionary<IntervalSet<int>, List<Interval<int>>>();
        foreach (var (range, second) in elementary)
        {
            if (!groups.TryGetValue(second, out var ranges))
            {
                ranges = [];
                groups.Add(second, ranges);
                order.Add(second);
            }

            ranges.Add(range);
        }

        var parts = new ProductPart[order.Count];
        for (var k = 0; k < parts.Length; k++)
        {
            parts[k] = new ProductPart(IntervalSet<int>.Of(groups[order[k]]), order[k]);
        }

        return new ProductSet(parts);
    }
}
