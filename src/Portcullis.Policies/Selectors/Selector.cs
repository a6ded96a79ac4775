using System.Collections.Immutable;

namespace Portcullis.Policies.Selectors;

/// <summary>
/// An expression of Calico's selector language (<c>app == 'web' &amp;&amp; !has(canary)</c>), and the form every
/// Kubernetes label selector is converted to. Immutable; equal selectors print the same.
/// </summary>
/// <remarks>
/// A missing key makes <c>==</c>, <c>in</c>, <c>contains</c>, <c>starts with</c> and <c>ends with</c> false and
/// <c>!=</c> and <c>not in</c> true, as in Calico and Kubernetes. <c>global()</c> holds only for resources outside any
/// namespace (host endpoints, global network sets) and is meaningful in namespace selectors.
/// </remarks>
public abstract class Selector : IEquatable<Selector>
{
    private protected Selector()
    {
    }

    /// <summary>The selector <c>all()</c>: every resource.</summary>
    public static Selector All { get; } = new AllSelector();

    /// <summary>The selector <c>global()</c>: resources outside any namespace.</summary>
    public static Selector Global { get; } = new GlobalSelector();

    /// <summary>The selector that matches nothing (<c>!all()</c>).</summary>
    public static Selector Nothing { get; } = new NotSelector(All);

    /// <summary>Whether the selector mentions <c>global()</c>.</summary>
    public abstract bool MentionsGlobal { get; }

    /// <summary>The label keys the selector tests.</summary>
    public abstract IEnumerable<string> Keys { get; }

    /// <summary>Whether a resource with these labels is selected; <paramref name="isGlobal"/> says whether it is outside any namespace.</summary>
    public bool Matches(IReadOnlyDictionary<string, string> labels, bool isGlobal = false) => Evaluate(labels, isGlobal, false);

    /// <summary>
    /// As a namespace selector: whether the namespace with these labels (or, with <paramref name="isGlobal"/>, a
    /// resource outside any namespace) is selected. Here <c>all()</c> means every namespace, so it never holds for
    /// a global resource, and <c>global()</c> holds only for one.
    /// </summary>
    public bool MatchesNamespace(IReadOnlyDictionary<string, string> namespaceLabels, bool isGlobal) => Evaluate(namespaceLabels, isGlobal, true);

    /// <summary>Evaluates the expression; <paramref name="asNamespaceSelector"/> makes <c>all()</c> exclude global resources.</summary>
    internal abstract bool Evaluate(IReadOnlyDictionary<string, string> labels, bool isGlobal, bool asNamespaceSelector);

    /// <summary>A test of one label.</summary>
    public static Selector Test(string key, LabelOperator op, params IEnumerable<string> values)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var list = (values ?? []).ToImmutableArray();
        var expected = op switch
        {
            LabelOperator.Has => 0,
            LabelOperator.In or LabelOperator.NotIn => -1,
            _ => 1,
        };
        if (expected >= 0 && list.Length != expected)
        {
            throw new ArgumentException($"{op} takes {expected} value(s), not {list.Length}.", nameof(values));
        }

        return new LabelTestSelector(key, op, list);
    }

    /// <summary><c>has(key)</c>.</summary>
    public static Selector Has(string key) => Test(key, LabelOperator.Has);

    /// <summary><c>key == 'value'</c>.</summary>
    public static Selector Equal(string key, string value) => Test(key, LabelOperator.Equal, value);

    /// <summary>The negation.</summary>
    public static Selector Not(Selector inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        return inner is NotSelector not ? not.Inner : new NotSelector(inner);
    }

    /// <summary>The conjunction; <see cref="All"/> operands are dropped.</summary>
    public static Selector And(params IEnumerable<Selector> operands)
    {
        var list = Flatten<AndSelector>(operands, a => a.Operands).Where(o => o is not AllSelector).ToImmutableArray();
        return list.Length switch
        {
            0 => All,
            1 => list[0],
            _ => new AndSelector(list),
        };
    }

    /// <summary>The disjunction.</summary>
    public static Selector Or(params IEnumerable<Selector> operands)
    {
        var list = Flatten<OrSelector>(operands, o => o.Operands).ToImmutableArray();
        return list.Length switch
        {
            0 => Nothing,
            1 => list[0],
            _ => new OrSelector(list),
        };
    }

    /// <summary>Parses a selector (an empty or blank text is <c>all()</c>, as Calico reads it).</summary>
    /// <param name="text">The text.</param>
    /// <param name="selector">The selector, when the text is valid.</param>
    /// <param name="error">Where and why the text is not a selector, when it is not.</param>
    /// <returns>Whether the text is a selector.</returns>
    public static bool TryParse(string? text, out Selector selector, out SelectorSyntaxError? error) =>
        SelectorParser.TryParse(text ?? "", out selector, out error);

    /// <summary>Parses a selector.</summary>
    /// <exception cref="FormatException">When the text is not a selector.</exception>
    public static Selector Parse(string text) =>
        TryParse(text, out var selector, out var error) ? selector : throw new FormatException($"'{text}' is not a selector: {error}");

    /// <inheritdoc />
    public abstract bool Equals(Selector? other);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Selector);

    /// <inheritdoc />
    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);

    /// <summary>The selector in Calico's syntax.</summary>
    public abstract override string ToString();

    /// <summary>The text of an operand where a binary operator of the given strength joins it (parentheses where needed).</summary>
    internal abstract string ToString(int enclosingStrength);

    private static IEnumerable<Selector> Flatten<T>(IEnumerable<Selector> operands, Func<T, IEnumerable<Selector>> children)
        where T : Selector
    {
        foreach (var operand in operands ?? [])
        {
            ArgumentNullException.ThrowIfNull(operand);
            if (operand is T same)
            {
                foreach (var child in children(same))
                {
                    yield return child;
                }
            }
            else
            {
                yield return operand;
            }
        }
    }
}
