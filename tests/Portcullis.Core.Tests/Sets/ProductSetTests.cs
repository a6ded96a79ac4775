using CsCheck;
using Portcullis.Core.Sets;

namespace Portcullis.Core.Tests.Sets;

/// <summary>The two-dimensional set against a naive reference: a hash set of pairs over a small square.</summary>
public sealed class ProductSetTests
{
    private const int Universe = 12;

    private static readonly Gen<(int, int)> Range =
        Gen.Select(Gen.Int[0, Universe], Gen.Int[0, 5], (start, length) => (start, Math.Min(Universe, start + length)));

    private static readonly Gen<List<((int, int), (int, int))>> Rectangles = Gen.Select(Range, Range).List[0, 4];

    private static ProductSet Build(List<((int Start, int End) First, (int Start, int End) Second)> rectangles) =>
        rectangles.Aggregate(ProductSet.Empty, (set, r) => set.Union(ProductSet.Of(
            IntervalSet<int>.Range(r.First.Start, r.First.End), IntervalSet<int>.Range(r.Second.Start, r.Second.End))));

    private static HashSet<(int, int)> Naive(List<((int Start, int End) First, (int Start, int End) Second)> rectangles) =>
        rectangles.SelectMany(r =>
            from a in Enumerable.Range(r.First.Start, r.First.End - r.First.Start + 1)
            from b in Enumerable.Range(r.Second.Start, r.Second.End - r.Second.Start + 1)
            select (a, b)).ToHashSet();

    private static HashSet<(int, int)> Members(ProductSet set) =>
        (from a in Enumerable.Range(-1, Universe + 3)
         from b in Enumerable.Range(-1, Universe + 3)
         where set.Contains(a, b)
         select (a, b)).ToHashSet();

    private static void AssertCanonical(ProductSet set)
    {
        var parts = set.Parts.ToArray();
        for (var i = 0; i < parts.Length; i++)
        {
            Assert.False(parts[i].First.IsEmpty || parts[i].Second.IsEmpty);
            for (var j = i + 1; j < parts.Length; j++)
            {
                Assert.False(parts[i].First.Overlaps(parts[j].First), $"first parts overlap: {set}");
                Assert.NotEqual(parts[i].Second, parts[j].Second);
                Assert.True(parts[i].First.Min < parts[j].First.Min, $"parts out of order: {set}");
            }
        }
    }

    [Fact]
    public void Operations_AgreeWithNaiveSets()
    {
        Gen.Select(Rectangles, Rectangles).Sample((a, b) =>
        {
            var (x, y) = (Build(a), Build(b));
            var (nx, ny) = (Naive(a), Naive(b));
            Assert.Equal(nx, Members(x));
            Assert.Equal(nx.Union(ny).ToHashSet(), Members(x.Union(y)));
            Assert.Equal(nx.Intersect(ny).ToHashSet(), Members(x.Intersect(y)));
            Assert.Equal(nx.Except(ny).ToHashSet(), Members(x.Except(y)));
            Assert.Equal(nx.Select(p => (p.Item2, p.Item1)).ToHashSet(), Members(x.Transpose()));
            Assert.Equal(nx.IsSubsetOf(ny), x.IsSubsetOf(y));
            Assert.Equal(nx.SetEquals(ny), x == y);
            foreach (var result in new[] { x, x.Union(y), x.Intersect(y), x.Except(y), x.Transpose() })
            {
                AssertCanonical(result);
            }
        }, iter: 1500);
    }

    [Fact]
    public void Equals_SameMembersBuiltInAnyOrder_AreEqual()
    {
        Gen.Select(Rectangles, Rectangles).Sample((a, b) =>
        {
            var x = Build(a).Union(Build(b));
            var y = Build(b).Union(Build(a));
            Assert.Equal(x, y);
            Assert.Equal(x.GetHashCode(), y.GetHashCode());
        }, iter: 500);
    }

    [Fact]
    public void Default_IsTheEmptySet()
    {
        ProductSet unset = default;
        Assert.True(unset.IsEmpty);
        Assert.False(unset.Contains(0, 0));
    }
}
