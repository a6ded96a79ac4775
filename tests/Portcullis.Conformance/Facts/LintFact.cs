namespace Portcullis.Conformance.Facts;

/// <summary>
/// One lint finding reduced to what it means: the linter, a key made of the objects it names (not its wording), and
/// for shadowed or implied rules the keys of the rules that shadow or imply it.
/// </summary>
/// <param name="Linter">The linter's name.</param>
/// <param name="Key">The objects named, such as <c>vpc|acl|acl-rule|name|inbound</c>.</param>
/// <param name="Related">The keys of the shadowing or implying rules; empty for other linters.</param>
public sealed record LintFact(string Linter, string Key, IReadOnlySet<string> Related)
{
    public override string ToString() => $"{Linter}: {Key}";
}
