using System.Diagnostics;
using Portcullis.Core.Addresses;
using Portcullis.Core.Sets;

namespace Portcullis.Core.Analysis;

/// <summary>
/// A total function from addresses to connection sets, held as sorted ranges that cover the whole address space,
/// with neighbouring ranges always different. It is what a firewall layer allows towards (or from) each remote
/// address, for one local address.
/// </summary>
public sealed class AddressMap : IEquatable<AddressMap>
{
    private readonly UInt128[] _starts;
    private readonly ConnectionSet[] _values;

    private AddressMap(UInt128[] starts, ConnectionSet[] values)
    {
        Debug.Assert(starts.Length == values.Length && starts.Length > 0 && starts[0] == UInt128.Zero);
        _starts = starts;
        _values = values;
    }

    /// <summary>Nothing allowed anywhere.</summary>
    public static AddressMap Nothing { get; } = new([UInt128.Zero], [ConnectionSet.None]);

    /// <summary>Everything allowed everywhere.</summary>
    public static AddressMap Everything { get; } = new([UInt128.Zero], [ConnectionSet.All]);

    /// <summary>The number of ranges.</summary>
    public int RangeCount => _starts.Length;

    /// <summary>The first address of every range, ascending (the first is always zero).</summary>
    public ReadOnlySpan<UInt128> Starts => _starts;

    /// <summary>The connections for one address.</summary>
    public ConnectionSet Lookup(IpAddress address) => _values[IndexOf(address.Value)];

    /// <summary>The connections for one address, and where the next range starts (none after the last).</summary>
    internal (ConnectionSet Value, UInt128? Next) At(UInt128 address)
    {
        var index = IndexOf(address);
        return (_values[index], index + 1 < _starts.Length ? _starts[index + 1] : null);
    }

    /// <summary>The connections allowed for every address of the range (the intersection over it).</summary>
    public ConnectionSet ForAll(IpAddress first, IpAddress last)
    {
        var index = IndexOf(first.Value);
        var result = _values[index];
        for (var i = index + 1; i < _starts.Length && _starts[i] <= last.Value && !result.IsEmpty; i++)
        {
            result = result.Intersect(_values[i]);
        }

        return result;
    }

    /// <summary>The connections allowed for some address of the range (the union over it).</summary>
    public ConnectionSet ForAny(IpAddress first, IpAddress last)
    {
        var index = IndexOf(first.Value);
        var result = _values[index];
        for (var i = index + 1; i < _starts.Length && _starts[i] <= last.Value; i++)
        {
            result = result.Union(_values[i]);
        }

        return result;
    }

    /// <summary>The ranges with a non-empty value, ascending.</summary>
    public IEnumerable<(IpAddress First, IpAddress Last, ConnectionSet Connection)> NonEmptyRanges()
    {
        for (var i = 0; i < _starts.Length; i++)
        {
            if (!_values[i].IsEmpty)
            {
                var end = i + 1 < _starts.Length ? _starts[i + 1] - UInt128.One : UInt128.MaxValue;
                yield return (new IpAddress(_starts[i]), new IpAddress(end), _values[i]);
            }
        }
    }

    /// <summary>The pointwise intersection of two maps.</summary>
    public AddressMap Intersect(AddressMap other)
    {
        if (ReferenceEquals(other, Everything) || ReferenceEquals(this, Nothing))
        {
            return this;
        }

        if (ReferenceEquals(this, Everything) || ReferenceEquals(other, Nothing))
        {
            return other;
        }

        var builder = new Builder();
        int i = 0, j = 0;
        var position = UInt128.Zero;
        while (true)
        {
            builder.Add(position, _values[i].Intersect(other._values[j]));
            var nextLeft = i + 1 < _starts.Length ? _starts[i + 1] : UInt128.MaxValue;
            var nextRight = j + 1 < other._starts.Length ? other._starts[j + 1] : UInt128.MaxValue;
            var hasLeft = i + 1 < _starts.Length;
            var hasRight = j + 1 < other._starts.Length;
            if (!hasLeft && !hasRight)
            {
                break;
            }

            position = !hasLeft ? nextRight : !hasRight ? nextLeft : UInt128.Min(nextLeft, nextRight);
            if (hasLeft && nextLeft == position)
            {
                i++;
            }

            if (hasRight && nextRight == position)
            {
                j++;
            }
        }

        return builder.Build();
    }

    /// <summary>Whether the two maps give the same answer for every address.</summary>
    public bool Equals(AddressMap? other) =>
        other is not null && (ReferenceEquals(this, other) || (_starts.AsSpan().SequenceEqual(other._starts) && _values.AsSpan().SequenceEqual(other._values)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AddressMap);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_starts.Length, _starts[^1], _values[0]);

    private int IndexOf(UInt128 value)
    {
        int lo = 0, hi = _starts.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (_starts[mid] <= value)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    /// <summary>Builds a map from ranges given in ascending order of their starts, each value holding until the next start.</summary>
    internal sealed class Builder
    {
        private readonly List<UInt128> _starts = [];
        private readonly List<ConnectionSet> _values = [];

        /// <summary>Sets the value from <paramref name="start"/> on (until the next call); starts must ascend.</summary>
        public void Add(UInt128 start, ConnectionSet value)
        {
            Debug.Assert(_starts.Count == 0 || start > _starts[^1]);
            if (_starts.Count == 0 && start != UInt128.Zero)
            {
                _starts.Add(UInt128.Zero);
                _values.Add(ConnectionSet.None);
            }

            if (_values.Count > 0 && (ReferenceEquals(_values[^1], value) || _values[^1].Equals(value)))
            {
                return;
            }

            _starts.Add(start);
            _values.Add(value);
        }

        public AddressMap Build()
        {
            if (_starts.Count == 0)
            {
                return Nothing;
            }

            if (_starts.Count == 1)
            {
                if (_values[0].IsEmpty)
                {
                    return Nothing;
                }

                if (_values[0].IsAll)
                {
                    return Everything;
                }
            }

            return new AddressMap([.. _starts], [.. _values]);
        }
    }
}
