namespace Portcullis.Policies.Selectors;

/// <summary><c>!expression</c>.</summary>
public sealed class NotSelector : Selector
{
    internal NotSelector(Selector inner) => Inner = inner;

    /// <summary>The negated expression.</summary>
    public Selector Inner { get; }

    /// <inheritdoc />
    public override bool MentionsGlobal => Inner.MentionsGlobal;

    /// <inheritdoc />
    public override IEnumerable<string> Keys => Inner.Keys;

    internal override bool Evaluate(IReadOnlyDictionary<string, string> labels, bool isGlobal, bool asNamespaceSelector) => !Inner.Evaluate(labels, isGlobal, asNamespaceSelector);

    /// <inheritdoc />
    public override bool Equals(Selector? other) => other is NotSelector not && not.Inner.Equals(Inner);

    /// <inheritdoc />
    public override string ToString() => "!" + Inner.ToString(3);

    internal override string ToString(int enclosingStrength) => ToString();
}
