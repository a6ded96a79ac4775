using System.Collections.Immutable;

namespace Portcullis.Policies.Selectors;

/// <summary><c>a || b || ...</c>.</summary>
public sealed class OrSelector : Selector
{
    internal OrSelector(ImmutableArray<Selector> operands) => Operands = operands;

    /// <summary>The operands, one of which must hold.</summary>
    public ImmutableArray<Selector> Operands { get; }

    /// <inheritdoc />
    public override bool MentionsGlobal => Operands.Any(o => o.MentionsGlobal);

    /// <inheritdoc />
    public override IEnumerable<string> Keys => Operands.SelectMany(o => o.Keys);

    internal override bool Evaluate(IReadOnlyDictionary<string, string> labels, bool isGlobal, bool asNamespaceSelector)
    {
        foreach (var operand in Operands)
        {
            if (operand.Evaluate(labels, isGlobal, asNamespaceSelector))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override bool Equals(Selector? other) => other is OrSelector or && or.Operands.SequenceEqual(Operands);

    /// <inheritdoc />
    public override string ToString() => ToString(0);

    internal override string ToString(int enclosingStrength)
    {
        var text = string.Join(" || ", Operands.Select(o => o.ToString(1)));
        return enclosingStrength > 1 ? $"({text})" : text;
    }
}
