using System.Collections;
using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;

namespace Portcullis.Core.Sets;

/// <summary>
/// An immutable set of integers held as sorted, disjoint, non-adjacent closed intervals: the canonical form, so two
/// sets with the same members are equal and print the same.
/// </summary>
/// <typeparam name="T">The integer type of the members.</typeparam>
/// <remarks>
/// <c>default</c> is the empty set: in a firewall an uninitialised "allowed" set must allow nothing. There is no
/// complement: a set does not know its universe, so callers subtract from the universe they mean.
/// </remarks>
public readonly struct IntervalSet<T> : IEquatable<IntervalSet<T>>, IEnumerable<Interval<T>>
    where T : struct, IBinaryInteger<T>, IMinMaxValue<T>
{
    private readonly Interval<T>[]? _intervals;

    // Trusted: the array is canonical and never mutated after this point.
    private IntervalSet(Interval<T>[] canonical) => _intervals = canonical.Length == 0 ? null : canonical;

    /// <summary>The empty set.</summary>
    public static IntervalSet<T> Empty => default;

    /// <summary>The set of all values of <typeparamref name="T"/>.</summary>
    public static IntervalSet<T> All { get; } = new([new Interval<T>(T.MinValue, T.MaxValue)]);

    /// <summary>The set <c>[start, end]</c>.</summary>
    public static IntervalSet<T> Range(T start, T end) => new([new Interval<T>(start, end)]);

    /// <summary>The set holding one value.</summary>
    public static IntervalSet<T> Single(T value) => new([new Interval<T>(value, value)]);

    /// <summary>The union of any intervals, in any order, overlapping or not.</summary>
    public static IntervalSet<T> Of(IEnumerable<Interval<T>> intervals)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        var sorted = intervals.ToArray();
        Array.Sort(sorted);
        return new IntervalSet<T>(Normalize(sorted));
    }

    /// <summary>The union of any intervals, in any order, overlapping or not.</summary>
    public static IntervalSet<T> Of(params ReadOnlySpan<Interval<T>> intervals)
    {
        var sorted = intervals.ToArray();
        Array.Sort(sorted);
        return new IntervalSet<T>(Normalize(sorted));
    }

    /// <summary>The canonical intervals, in ascending order.</summary>
    public ReadOnlySpan<Interval<T>> Intervals => _intervals;

    /// <summary>Whether the set has no members.</summary>
    public bool IsEmpty => _intervals is null;

    /// <summary>The number of canonical intervals.</summary>
    public int IntervalCount => _intervals?.Length ?? 0;

    /// <summary>The smallest member.</summary>
    /// <exception cref="InvalidOperationException">When the set is empty.</exception>
    public T Min => _intervals is { } a ? a[0].Start : throw new InvalidOperationException("The set is empty.");

    /// <summary>The largest member.</summary>
    /// <exception cref="InvalidOperationException">When the set is empty.</exception>
    public T Max => _intervals is { } a ? a[^1].End : throw new InvalidOperationException("The set is empty.");

    /// <summary>The number of members, as a double (exact up to 2^53, enough for reports and sizes).</summary>
    public double Count
    {
        get
        {
            var total = 0.0;
            foreach (var interval in Intervals)
            {
                total += double.CreateTruncating(interval.End - interval.Start) + 1;
            }

            return total;
        }
    }

    /// <summary>Whether <paramref name="value"/> is a member.</summary>
    public bool Contains(T value)
    {
        var a = _intervals;
        if (a is null)
        {
            return false;
        }

        int lo = 0, hi = a.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (value < a[mid].Start)
            {
                hi = mid - 1;
            }
            else if (value > a[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether every member of <paramref name="interval"/> is a member of this set.</summary>
    public bool Contains(Interval<T> interval)
    {
        foreach (var own in Intervals)
        {
            if (own.Contains(interval))
            {
                return true;
            }

            if (own.Start > interval.Start)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The members of either set.</summary>
    public IntervalSet<T> Union(IntervalSet<T> other)
    {
        if (other.IsEmpty)
        {
            return this;
        }

        if (IsEmpty)
        {
            return other;
        }

        var merged = new Interval<T>[IntervalCount + other.IntervalCount];
        ReadOnlySpan<Interval<T>> a = _intervals, b = other._intervals;
        int i = 0, j = 0, k = 0;
        while (i < a.Length || j < b.Length)
        {
            merged[k++] = j >= b.Length || (i < a.Length && a[i].Start <= b[j].Start) ? a[i++] : b[j++];
        }

        return new IntervalSet<T>(Normalize(merged));
    }

    /// <summary>The members of both sets.</summary>
    public IntervalSet<T> Intersect(IntervalSet<T> other)
    {
        if (IsEmpty || other.IsEmpty)
        {
            return Empty;
        }

        ReadOnlySpan<Interval<T>> a = _intervals, b = other._intervals;
        var result = new List<Interval<T>>(Math.Max(a.Length, b.Length));
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            var start = T.Max(a[i].Start, b[j].Start);
            var end = T.Min(a[i].End, b[j].End);
            if (start <= end)
            {
                result.Add(new Interval<T>(start, end));
            }

            if (a[i].End < b[j].End)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        // Pieces of disjoint, non-adjacent inputs are themselves disjoint and non-adjacent.
        return new IntervalSet<T>([.. result]);
    }

    /// <summary>The members of this set that are not in <paramref name="other"/>.</summary>
    public IntervalSet<T> Except(IntervalSet<T> other)
    {
        if (IsEmpty || other.IsEmpty)
        {
            return this;
        }

        ReadOnlySpan<Interval<T>> b = other._intervals;
        var result = new List<Interval<T>>(IntervalCount + 1);
        var j = 0;
        foreach (var interval in Intervals)
        {
            var start = interval.Start;
            var end = interval.End;
            var open = true;
            while (j < b.Length && b[j].End < start)
            {
                j++;
            }

            var k = j;
            while (k < b.Length && b[k].Start <= end)
            {
                if (b[k].Start > start)
                {
                    result.Add(new Interval<T>(start, b[k].Start - T.One));
                }

                if (b[k].End >= end)
                {
                    open = false;
                    break;
                }

                start = b[k].End + T.One;
                k++;
            }

            if (open)
            {
                result.Add(new Interval<T>(start, end));
            }
        }

        return new IntervalSet<T>([.. result]);
    }

    /// <summary>The members of <c>[<paramref name="min"/>, <paramref name="max"/>]</c> that are not in this set: its complement within that universe.</summary>
    public IntervalSet<T> ComplementWithin(T min, T max) => Range(min, max).Except(this);

    /// <summary>Whether every member of this set is in <paramref name="other"/>.</summary>
    public bool IsSubsetOf(IntervalSet<T> other)
    {
        var j = 0;
        ReadOnlySpan<Interval<T>> b = other._intervals;
        foreach (var interval in Intervals)
        {
            while (j < b.Length && b[j].End < interval.Start)
            {
                j++;
            }

            if (j >= b.Length || !b[j].Contains(interval))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the two sets share a member.</summary>
    public bool Overlaps(IntervalSet<T> other)
    {
        ReadOnlySpan<Interval<T>> a = _intervals, b = other._intervals;
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i].Overlaps(b[j]))
            {
                return true;
            }

            if (a[i].End < b[j].End)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(IntervalSet<T> other) => Intervals.SequenceEqual(other.Intervals);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IntervalSet<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var interval in Intervals)
        {
            hash.Add(interval.Start);
            hash.Add(interval.End);
        }

        return hash.ToHashCode();
    }

    /// <summary>Set equality.</summary>
    public static bool operator ==(IntervalSet<T> left, IntervalSet<T> right) => left.Equals(right);

    /// <summary>Set inequality.</summary>
    public static bool operator !=(IntervalSet<T> left, IntervalSet<T> right) => !left.Equals(right);

    /// <summary>Comma-separated intervals, for example <c>1-9,51-65535</c>; empty for the empty set.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        foreach (var interval in Intervals)
        {
            if (builder.Length > 0)
            {
                builder.Append(',');
            }

            builder.Append(interval.ToString());
        }

        return builder.ToString();
    }

    /// <summary>The canonical intervals as an immutable array.</summary>
    public ImmutableArray<Interval<T>> ToImmutableArray() => ImmutableCollectionsMarshal.AsImmutableArray(Intervals.ToArray());

    /// <inheritdoc />
    public IEnumerator<Interval<T>> GetEnumerator() => ((IEnumerable<Interval<T>>)(_intervals ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // Merges sorted intervals that overlap or touch; the input array is reused.
    private static Interval<T>[] Normalize(Interval<T>[] sorted)
    {
        if (sorted.Length <= 1)
        {
            return sorted;
        }

        var count = 0;
        var current = sorted[0];
        for (var i = 1; i < sorted.Length; i++)
        {
            var next = sorted[i];
            if (current.End == T.MaxValue || next.Start <= current.End + T.One)
            {
                if (next.End > current.End)
                {
                    current = new Interval<T>(current.Start, next.End);
                }
            }
            else
            {
                sorted[count++] = current;
                current = next;
            }
        }

        sorted[count++] = current;
        return count == sorted.Length ? sorted : sorted[..count];
    }
}
