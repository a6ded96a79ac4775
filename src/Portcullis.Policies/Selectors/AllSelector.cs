namespace Portcullis.Policies.Selectors;

/// <summary><c>all()</c>: every resource (in a namespace selector, every namespaced one).</summary>
public sealed class AllSelector : Selector
{
    internal AllSelector()
    {
    }

    /// <inheritdoc />
    public override bool MentionsGlobal => false;

    /// <inheritdoc />
    public override IEnumerable<string> Keys => [];

    internal override bool Evaluate(IReadOnlyDictionary<string, string> labels, bool isGlobal, bool asNamespaceSelector) => !(asNamespaceSelector && isGlobal);

    /// <inheritdoc />
    public override bool Equals(Selector? other) => other is AllSelector;

    /// <inheritdoc />
    public override string ToString() => "all()";

    internal override string ToString(int enclosingStrength) => ToString();
}
