using Portcullis.Core.Addresses;
using Portcullis.Core.Sets;
using Portcullis.Formats.Wording;

namespace Portcullis.Conformance.Facts;

/// <summary>
/// The meaning of a connectivity report, whatever its wording, order or grouping: for every ordered pair of
/// internal nodes, and for every internal node and external address, what is allowed and which TCP part of it
/// cannot get replies.
/// </summary>
public sealed class ConnectivityFacts
{
    // The analyzer models ICMP, TCP and UDP only; compare in that universe.
    private static readonly IntervalSet<int> ComparedProtocols = IntervalSet<int>.Of(new Interval<int>(1, 1), new Interval<int>(6, 6), new Interval<int>(17, 17));

    private readonly Dictionary<(NodeKey, NodeKey), (ConnectionSet Allowed, ConnectionSet Blocked)> _internal = [];
    private readonly Dictionary<ExternalKey, List<(IpAddressSet Addresses, ConnectionSet Allowed, ConnectionSet Blocked)>> _external = [];

    public int Count => _internal.Count + _external.Count;

    public void AddInternal(NodeKey source, NodeKey destination, ConnectionSet connection, bool responseBlocked)
    {
        if (source == destination)
        {
            return; // grouped lines list a node on both sides; a node with itself means nothing
        }

        (ConnectionSet Allowed, ConnectionSet Blocked) value = _internal.GetValueOrDefault((source, destination), (ConnectionSet.None, ConnectionSet.None));
        _internal[(source, destination)] = (value.Allowed.Union(connection), responseBlocked ? value.Blocked.Union(connection) : value.Blocked);
    }

    public void AddExternal(ExternalKey key, IpAddressSet addresses, ConnectionSet connection, bool responseBlocked)
    {
        if (!_external.TryGetValue(key, out var list))
        {
            _external[key] = list = [];
        }

        list.Add((addresses, connection, responseBlocked ? connection : ConnectionSet.None));
    }

    /// <summary>The first difference between expected and actual facts, or <see langword="null"/> when they mean the same.</summary>
    public static string? FirstDifference(ConnectivityFacts expected, ConnectivityFacts actual)
    {
        foreach (var key in expected._internal.Keys.Concat(actual._internal.Keys).Distinct().OrderBy(k => k.ToString(), StringComparer.Ordinal))
        {
            var e = Normalize(expected._internal.GetValueOrDefault(key, (ConnectionSet.None, ConnectionSet.None)));
            var a = Normalize(actual._internal.GetValueOrDefault(key, (ConnectionSet.None, ConnectionSet.None)));
            if (!e.Equals(a))
            {
                return $"{key.Item1} => {key.Item2}: expected {Describe(e)}, got {Describe(a)}";
            }
        }

        foreach (var key in expected._external.Keys.Concat(actual._external.Keys).Distinct().OrderBy(k => k.ToString(), StringComparer.Ordinal))
        {
            var e = Pieces(expected._external.GetValueOrDefault(key) ?? []);
            var a = Pieces(actual._external.GetValueOrDefault(key) ?? []);
            var cuts = e.Select(p => p.First).Concat(a.Select(p => p.First)).Distinct().Order().ToArray();
            foreach (var cut in cuts)
            {
                var ev = ValueAt(e, cut);
                var av = ValueAt(a, cut);
                if (!ev.Equals(av))
                {
                    return $"{key} at {new IpAddress(cut)}: expected {Describe(ev)}, got {Describe(av)}";
                }
            }
        }

        return null;
    }

    private static (ConnectionSet Allowed, ConnectionSet Blocked) Normalize((ConnectionSet Allowed, ConnectionSet Blocked) value) =>
        (value.Allowed.Restrict(ComparedProtocols), value.Blocked.Restrict(ComparedProtocols));

    private static string Describe((ConnectionSet Allowed, ConnectionSet Blocked) value) =>
        value.Blocked.IsEmpty ? $"'{ConnectionText.Of(value.Allowed)}'" : $"'{ConnectionText.Of(value.Allowed)}' with replies blocked for '{ConnectionText.Of(value.Blocked)}'";

    // Cuts the external space into pieces on which every entry is constant, with the union of what covers each.
    private static List<(UInt128 First, (ConnectionSet Allowed, ConnectionSet Blocked) Value)> Pieces(List<(IpAddressSet Addresses, ConnectionSet Allowed, ConnectionSet Blocked)> entries)
    {
        var cuts = new SortedSet<UInt128> { UInt128.Zero };
        foreach (var entry in entries)
        {
            foreach (var (first, last) in entry.Addresses.Ranges)
            {
                cuts.Add(first.Value);
                if (last.Value != UInt128.MaxValue)
                {
                    cuts.Add(last.Value + 1);
                }
            }
        }

        var pieces = new List<(UInt128, (ConnectionSet, ConnectionSet))>();
        foreach (var cut in cuts)
        {
            var address = new IpAddress(cut);
            var allowed = ConnectionSet.None;
            var blocked = ConnectionSet.None;
            foreach (var entry in entries.Where(e => e.Addresses.Contains(address)))
            {
                allowed = allowed.Union(entry.Allowed);
                blocked = blocked.Union(entry.Blocked);
            }

            pieces.Add((cut, Normalize((allowed, blocked))));
        }

        return pieces;
    }

    private static (ConnectionSet Allowed, ConnectionSet Blocked) ValueAt(List<(UInt128 First, (ConnectionSet Allowed, ConnectionSet Blocked) Value)> pieces, UInt128 address)
    {
        var result = (ConnectionSet.None, ConnectionSet.None);
        foreach (var piece in pieces)
        {
            if (piece.First > address)
            {
                break;
            }

            result = piece.Value;
        }

        return result;
    }
}
