using System.Collections;
using System.Collections.Immutable;

namespace Portcullis.Policies.Model;

/// <summary>An immutable set of label key/value pairs, compared by content.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1710", Justification = "Labels is the Kubernetes term; a LabelsDictionary would read worse everywhere.")]
public sealed class Labels : IEquatable<Labels>, IReadOnlyDictionary<string, string>
{
    private readonly ImmutableSortedDictionary<string, string> _pairs;
    private readonly int _hash;

    private Labels(ImmutableSortedDictionary<string, string> pairs)
    {
        _pairs = pairs;
        var hash = new HashCode();
        foreach (var (key, value) in pairs)
        {
            hash.Add(key);
            hash.Add(value);
        }

        _hash = hash.ToHashCode();
    }

    /// <summary>No labels.</summary>
    public static Labels Empty { get; } = new(ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal));

    /// <summary>Labels from key/value pairs; a later pair wins over an earlier one with the same key.</summary>
    public static Labels Of(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in pairs)
        {
            builder[key] = value;
        }

        return builder.Count == 0 ? Empty : new Labels(builder.ToImmutable());
    }

    /// <summary>Labels from <c>key, value</c> tuples.</summary>
    public static Labels Of(params (string Key, string Value)[] pairs) =>
        Of((pairs ?? []).Select(p => new KeyValuePair<string, string>(p.Key, p.Value)));

    /// <summary>These labels with <paramref name="extra"/> added; where both have a key, this set's value is kept.</summary>
    public Labels WithDefaults(Labels extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        if (extra.Count == 0)
        {
            return this;
        }

        var builder = _pairs.ToBuilder();
        foreach (var (key, value) in extra)
        {
            builder.TryAdd(key, value);
        }

        return new Labels(builder.ToImmutable());
    }

    /// <summary>These labels with <paramref name="overrides"/> added; where both have a key, the override's value wins.</summary>
    public Labels With(Labels overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        if (overrides.Count == 0)
        {
            return this;
        }

        var builder = _pairs.ToBuilder();
        foreach (var (key, value) in overrides)
        {
            builder[key] = value;
        }

        return new Labels(builder.ToImmutable());
    }

    /// <inheritdoc />
    public string this[string key] => _pairs[key];

    /// <inheritdoc />
    public IEnumerable<string> Keys => _pairs.Keys;

    /// <inheritdoc />
    public IEnumerable<string> Values => _pairs.Values;

    /// <inheritdoc />
    public int Count => _pairs.Count;

    /// <inheritdoc />
    public bool ContainsKey(string key) => _pairs.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, out string value) => _pairs.TryGetValue(key, out value!);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _pairs.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(Labels? other) =>
        other is not null && (ReferenceEquals(this, other) || (_hash == other._hash && _pairs.Count == other._pairs.Count && _pairs.SequenceEqual(other._pairs)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Labels);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;

    /// <summary><c>k1=v1,k2=v2</c>, sorted by key.</summary>
    public override string ToString() => string.Join(',', _pairs.Select(p => $"{p.Key}={p.Value}"));
}
