using System.Collections.Immutable;

namespace Portcullis.Policies.Selectors;

/// <summary><c>a &amp;&amp; b &amp;&amp; ...</c>.</summary>
public sealed class AndSelector : Selector
{
    internal AndSelector(ImmutableArray<Selector> operands) => Operands = operands;

    /// <summary>The operands, all of which must hold.</summary>
    public ImmutableArray<Selector> Operands { get; }

    /// <inheritdoc />
    public override bool MentionsGlobal => Operands.Any(o => o.MentionsGlobal);

    /// <inheritdoc />
    public override IEnumerable<string> Keys => Operands.SelectMany(o => o.Keys);

    internal override bool Evaluate(IReadOnlyDictionary<string, string> labels, bool isGlobal, bool asNamespaceSelector)
    {
        foreach (var operand in Operands)
        {
            if (!operand.Evaluate(labels, isGlobal, asNamespaceSelector))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(Selector? other) => other is AndSelector and && and.Operands.SequenceEqual(Operands);

    /// <inheritdoc />
    public override string ToString() => ToString(0);

    internal override string ToString(int enclosingStrength)
    {
        var text = string.Join(" && ", Operands.Select(o => o.ToString(2)));
        return enclosingStrength > 2 ? $"({text})" : text;
    }
}
