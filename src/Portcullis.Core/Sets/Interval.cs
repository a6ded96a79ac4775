using System.Numerics;

namespace Portcullis.Core.Sets;

/// <summary>A closed interval <c>[Start, End]</c> of integers (ports, protocol numbers, addresses).</summary>
/// <typeparam name="T">The integer type of the bounds.</typeparam>
/// <remarks><c>default</c> is the single point zero; callers that need "nothing" use an empty <see cref="IntervalSet{T}"/>.</remarks>
public readonly record struct Interval<T> : IComparable<Interval<T>>
    where T : struct, IBinaryInteger<T>
{
    /// <summary>Creates the interval <c>[start, end]</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="end"/> is below <paramref name="start"/>.</exception>
    public Interval(T start, T end)
    {
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), $"Interval end {end} is below its start {start}.");
        }

        Start = start;
        End = end;
    }

    /// <summary>The smallest member.</summary>
    public T Start { get; }

    /// <summary>The largest member.</summary>
    public T End { get; }

    /// <summary>Whether <paramref name="value"/> lies in the interval.</summary>
    public bool Contains(T value) => value >= Start && value <= End;

    /// <summary>Whether the whole of <paramref name="other"/> lies in this interval.</summary>
    public bool Contains(Interval<T> other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether the two intervals share a member.</summary>
    public bool Overlaps(Interval<T> other) => other.Start <= End && Start <= other.End;

    /// <inheritdoc />
    public int CompareTo(Interval<T> other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : End.CompareTo(other.End);
    }

    /// <summary>Orders by start, then end.</summary>
    public static bool operator <(Interval<T> left, Interval<T> right) => left.CompareTo(right) < 0;

    /// <summary>Orders by start, then end.</summary>
    public static bool operator >(Interval<T> left, Interval<T> right) => left.CompareTo(right) > 0;

    /// <summary>Orders by start, then end.</summary>
    public static bool operator <=(Interval<T> left, Interval<T> right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by start, then end.</summary>
    public static bool operator >=(Interval<T> left, Interval<T> right) => left.CompareTo(right) >= 0;

    /// <summary><c>5</c> for a single point, <c>1-9</c> otherwise.</summary>
    public override string ToString() => Start == End ? $"{Start}" : $"{Start}-{End}";
}
