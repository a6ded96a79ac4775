namespace Portcullis.Policies.Selectors;

/// <summary><c>global()</c>: resources outside any namespace (host endpoints, global network sets).</summary>
public sealed class GlobalSelector : Selector
{
    internal GlobalSelector()
    {
    }

    /// <inheritdoc />
    public override bool MentionsGlobal => true;

    /// <inheritdoc />
    public override IEnumerable<string> Keys => [];

    internal override bool Evaluate(IReadOnlyDictionary<string, string> labels, bool isGlobal, bool asNamespaceSelector) => isGlobal;

    /// <inheritdoc />
    public override bool Equals(Selector? other) => other is GlobalSelector;

    /// <inheritdoc />
    public override string ToString() => "global()";

    internal override string ToString(int enclosingStrength) => ToString();
}
