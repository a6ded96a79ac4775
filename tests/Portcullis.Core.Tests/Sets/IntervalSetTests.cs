using CsCheck;
using Portcullis.Core.Sets;

namespace Portcullis.Core.Tests.Sets;

/// <summary>The interval set against a naive reference: a hash set over a small universe, where every member can be enumerated.</summary>
public sealed class IntervalSetTests
{
    private const int Universe = 40;

    private static readonly Gen<List<(int, int)>> Ranges =
        Gen.Select(Gen.Int[0, Universe], Gen.Int[0, 6], (start, length) => (start, Math.Min(Universe, start + length))).List[0, 5];

    private static IntervalSet<int> Build(List<(int Start, int End)> ranges) =>
        IntervalSet<int>.Of(ranges.Select(r => new Interval<int>(r.Start, r.End)));

    private static HashSet<int> Naive(List<(int Start, int End)> ranges) =>
        ranges.SelectMany(r => Enumerable.Range(r.Start, r.End - r.Start + 1)).ToHashSet();

    private static HashSet<int> Members(IntervalSet<int> set) =>
        Enumerable.Range(-1, Universe + 3).Where(set.Contains).ToHashSet();

    private static void AssertCanonical(IntervalSet<int> set)
    {
        var intervals = set.Intervals.ToArray();
        for (var i = 1; i < intervals.Length; i++)
        {
            // Sorted, disjoint and not even touching: otherwise two equal sets could print differently.
            Assert.True(intervals[i].Start > intervals[i - 1].End + 1, $"not canonical: {set}");
        }
    }

    [Fact]
    public void Operations_AgreeWithNaiveSets()
    {
        Gen.Select(Ranges, Ranges).Sample((a, b) =>
        {
            var (x, y) = (Build(a), Build(b));
            var (nx, ny) = (Naive(a), Naive(b));
            Assert.Equal(nx, Members(x));
            Assert.Equal(nx.Union(ny).ToHashSet(), Members(x.Union(y)));
            Assert.Equal(nx.Intersect(ny).ToHashSet(), Members(x.Intersect(y)));
            Assert.Equal(nx.Except(ny).ToHashSet(), Members(x.Except(y)));
            Assert.Equal(nx.IsSubsetOf(ny), x.IsSubsetOf(y));
            Assert.Equal(nx.Overlaps(ny), x.Overlaps(y));
            Assert.Equal(nx.SetEquals(ny), x == y);
            Assert.Equal(nx.Count, x.Count);
            foreach (var result in new[] { x, x.Union(y), x.Intersect(y), x.Except(y) })
            {
                AssertCanonical(result);
            }
        }, iter: 2000);
    }

    [Fact]
    public void Equals_SameMembersBuiltDifferently_AreEqualWithEqualHashes()
    {
        Gen.Select(Ranges, Ranges).Sample((a, b) =>
        {
            var x = Build(a).Union(Build(b));
            var y = Build(b).Union(Build(a));
            Assert.Equal(x, y);
            Assert.Equal(x.GetHashCode(), y.GetHashCode());
            Assert.Equal(x.ToString(), y.ToString());
        }, iter: 500);
    }

    [Fact]
    public void Default_IsTheEmptySet()
    {
        // An uninitialised "allowed" set must allow nothing.
        IntervalSet<int> unset = default;
        Assert.True(unset.IsEmpty);
        Assert.False(unset.Contains(0));
        Assert.Equal(IntervalSet<int>.Empty, unset);
        Assert.Equal(string.Empty, unset.ToString());
    }

    [Theory]
    [InlineData(1, 5, "1-5")]
    [InlineData(22, 22, "22")]
    public void ToString_PrintsRangesAndSinglePoints(int start, int end, string expected) =>
        Assert.Equal(expected, IntervalSet<int>.Range(start, end).ToString());

    [Fact]
    public void Union_AtTypeMaximum_DoesNotOverflow()
    {
        // Merging touching intervals computes End + 1, which must not wrap at the top of the type.
        var top = IntervalSet<byte>.Range(250, 255).Union(IntervalSet<byte>.Range(0, 3));
        Assert.Equal("0-3,250-255", top.ToString());
        Assert.Equal(IntervalSet<byte>.All, top.Union(IntervalSet<byte>.Range(4, 249)));
        Assert.True(IntervalSet<byte>.All.Except(IntervalSet<byte>.Range(0, 255)).IsEmpty);
    }
}
