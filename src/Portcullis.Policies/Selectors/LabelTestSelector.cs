using System.Collections.Immutable;

namespace Portcullis.Policies.Selectors;

/// <summary>A test of one label: <c>has(k)</c>, <c>k == 'v'</c>, <c>k in {...}</c>, <c>k starts with 's'</c> and the like.</summary>
public sealed class LabelTestSelector : Selector
{
    internal LabelTestSelector(string key, LabelOperator op, ImmutableArray<string> values)
    {
        Key = key;
        Operator = op;
        Values = values;
    }

    /// <summary>The label key.</summary>
    public string Key { get; }

    /// <summary>The test.</summary>
    public LabelOperator Operator { get; }

    /// <summary>The value(s) compared with (none for <see cref="LabelOperator.Has"/>).</summary>
    public ImmutableArray<string> Values { get; }

    /// <inheritdoc />
    public override bool MentionsGlobal => false;

    /// <inheritdoc />
    public override IEnumerable<string> Keys => [Key];

    internal override bool Evaluate(IReadOnlyDictionary<string, string> labels, bool isGlobal, bool asNamespaceSelector)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var present = labels.TryGetValue(Key, out var value);
        return Operator switch
        {
            LabelOperator.Has => present,
            LabelOperator.Equal => present && value == Values[0],
            LabelOperator.NotEqual => !present || value != Values[0],
            LabelOperator.In => present && Values.Contains(value!),
            LabelOperator.NotIn => !present || !Values.Contains(value!),
            LabelOperator.Contains => present && value!.Contains(Values[0], StringComparison.Ordinal),
            LabelOperator.StartsWith => present && value!.StartsWith(Values[0], StringComparison.Ordinal),
            LabelOperator.EndsWith => present && value!.EndsWith(Values[0], StringComparison.Ordinal),
            _ => false,
        };
    }

    /// <inheritdoc />
    public override bool Equals(Selector? other) =>
        other is LabelTestSelector test && test.Key == Key && test.Operator == Operator && test.Values.SequenceEqual(Values);

    /// <inheritdoc />
    public override string ToString() => Operator switch
    {
        LabelOperator.Has => $"has({Key})",
        LabelOperator.Equal => $"{Key} == {Quote(Values[0])}",
        LabelOperator.NotEqual => $"{Key} != {Quote(Values[0])}",
        LabelOperator.In => $"{Key} in {{{string.Join(", ", Values.Select(Quote))}}}",
        LabelOperator.NotIn => $"{Key} not in {{{string.Join(", ", Values.Select(Quote))}}}",
        LabelOperator.Contains => $"{Key} contains {Quote(Values[0])}",
        LabelOperator.StartsWith => $"{Key} starts with {Quote(Values[0])}",
        _ => $"{Key} ends with {Quote(Values[0])}",
    };

    internal override string ToString(int enclosingStrength) => ToString();

    private static string Quote(string value) => value.Contains('\'', StringComparison.Ordinal) ? $"\"{value}\"" : $"'{value}'";
}
