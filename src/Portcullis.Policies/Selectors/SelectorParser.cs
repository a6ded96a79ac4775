using System.Diagnostics.CodeAnalysis;

namespace Portcullis.Policies.Selectors;

/// <summary>
/// A recursive-descent parser of Calico's selector language: <c>||</c> binds loosest, then <c>&amp;&amp;</c>, then
/// <c>!</c>; label keys are runs of letters, digits and <c>_ . / -</c>; values are quoted with <c>'</c> or <c>"</c>.
/// </summary>
internal ref struct SelectorParser
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;
    private SelectorSyntaxError? _error;

    private SelectorParser(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        _error = null;
    }

    public static bool TryParse(string text, out Selector selector, [NotNullWhen(false)] out SelectorSyntaxError? error)
    {
        var parser = new SelectorParser(text);
        parser.SkipSpace();
        if (parser.AtEnd)
        {
            // Calico reads an empty selector as all().
            selector = Selector.All;
            error = null;
            return true;
        }

        var result = parser.ParseOr();
        if (result is not null)
        {
            parser.SkipSpace();
            if (!parser.AtEnd)
            {
                parser.Fail(SelectorErrorKind.UnexpectedTrailingText);
                result = null;
            }
        }

        selector = result ?? Selector.Nothing;
        error = parser._error;
        return result is not null;
    }

    private readonly bool AtEnd => _position >= _text.Length;

    private Selector? ParseOr()
    {
        var first = ParseAnd();
        if (first is null)
        {
            return null;
        }

        var operands = new List<Selector> { first };
        while (Accept("||"))
        {
            var next = ParseAnd();
            if (next is null)
            {
                return null;
            }

            operands.Add(next);
        }

        return Selector.Or(operands);
    }

    private Selector? ParseAnd()
    {
        var first = ParseUnary();
        if (first is null)
        {
            return null;
        }

        var operands = new List<Selector> { first };
        while (Accept("&&"))
        {
            var next = ParseUnary();
            if (next is null)
            {
                return null;
            }

            operands.Add(next);
        }

        return operands.Count == 1 ? operands[0] : new AndSelector([.. operands]);
    }

    private Selector? ParseUnary()
    {
        SkipSpace();
        if (Peek() == '!' && PeekAt(1) != '=')
        {
            _position++;
            var inner = ParseUnary();
            return inner is null ? null : new NotSelector(inner);
        }

        return ParsePrimary();
    }

    private Selector? ParsePrimary()
    {
        SkipSpace();
        if (AtEnd)
        {
            return Fail(SelectorErrorKind.ExpectedExpression);
        }

        if (Accept("("))
        {
            var inner = ParseOr();
            if (inner is null)
            {
                return null;
            }

            return Accept(")") ? inner : Fail(SelectorErrorKind.ExpectedClosingParenthesis);
        }

        if (AcceptFunction("all"))
        {
            return Selector.All;
        }

        if (AcceptFunction("global"))
        {
            return Selector.Global;
        }

        var start = _position;
        if (AcceptWord("has"))
        {
            SkipSpace();
            if (Accept("("))
            {
                SkipSpace();
                var key = ReadLabel();
                if (key is null)
                {
                    return Fail(SelectorErrorKind.ExpectedLabel);
                }

                return Accept(")") ? Selector.Has(key) : Fail(SelectorErrorKind.ExpectedClosingParenthesis);
            }

            // A label that happens to be called "has".
            _position = start;
        }

        var label = ReadLabel();
        if (label is null)
        {
            return Fail(char.IsAsciiLetterOrDigit(Peek()) || Peek() is '"' or '\'' ? SelectorErrorKind.ExpectedExpression : SelectorErrorKind.UnexpectedCharacter);
        }

        return ParseTest(label);
    }

    private Selector? ParseTest(string label)
    {
        SkipSpace();
        if (Accept("=="))
        {
            return ReadValue() is { } value ? Selector.Test(label, LabelOperator.Equal, value) : null;
        }

        if (Accept("!="))
        {
            return ReadValue() is { } value ? Selector.Test(label, LabelOperator.NotEqual, value) : null;
        }

        if (AcceptWord("in"))
        {
            return ReadValueSet() is { } values ? Selector.Test(label, LabelOperator.In, values) : null;
        }

        var start = _position;
        if (AcceptWord("not") && AcceptWord("in"))
        {
            return ReadValueSet() is { } values ? Selector.Test(label, LabelOperator.NotIn, values) : null;
        }

        _position = start;
        if (AcceptWord("contains"))
        {
            return ReadValue() is { } value ? Selector.Test(label, LabelOperator.Contains, value) : null;
        }

        if (AcceptWord("starts") && AcceptWord("with"))
        {
            return ReadValue() is { } value ? Selector.Test(label, LabelOperator.StartsWith, value) : null;
        }

        _position = start;
        if (AcceptWord("ends") && AcceptWord("with"))
        {
            return ReadValue() is { } value ? Selector.Test(label, LabelOperator.EndsWith, value) : null;
        }

        _position = start;
        return Fail(SelectorErrorKind.ExpectedOperator);
    }

    private List<string>? ReadValueSet()
    {
        SkipSpace();
        if (!Accept("{"))
        {
            Fail(SelectorErrorKind.ExpectedOpeningBrace);
            return null;
        }

        var values = new List<string>();
        SkipSpace();
        if (Accept("}"))
        {
            return values;
        }

        while (true)
        {
            if (ReadValue() is not { } value)
            {
                return null;
            }

            values.Add(value);
            SkipSpace();
            if (Accept("}"))
            {
                return values;
            }

            if (!Accept(","))
            {
                Fail(SelectorErrorKind.ExpectedCommaOrClosingBrace);
                return null;
            }
        }
    }

    private string? ReadValue()
    {
        SkipSpace();
        var quote = Peek();
        if (quote is not ('\'' or '"'))
        {
            Fail(SelectorErrorKind.ExpectedValue);
            return null;
        }

        var close = _text[(_position + 1)..].IndexOf(quote);
        if (close < 0)
        {
            Fail(SelectorErrorKind.UnterminatedString);
            return null;
        }

        var value = _text.Slice(_position + 1, close).ToString();
        _position += close + 2;
        return value;
    }

    private string? ReadLabel()
    {
        var start = _position;
        while (!AtEnd && IsLabelChar(_text[_position]))
        {
            _position++;
        }

        return _position > start ? _text[start.._position].ToString() : null;
    }

    private static bool IsLabelChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '/' or '-';

    private bool Accept(string token)
    {
        SkipSpace();
        if (_text[_position..].StartsWith(token, StringComparison.Ordinal))
        {
            _position += token.Length;
            return true;
        }

        return false;
    }

    // A keyword must not run on into a label ("inside" is a label, not "in" + "side").
    private bool AcceptWord(string word)
    {
        SkipSpace();
        var rest = _text[_position..];
        if (rest.StartsWith(word, StringComparison.Ordinal) && (rest.Length == word.Length || !IsLabelChar(rest[word.Length])))
        {
            _position += word.Length;
            return true;
        }

        return false;
    }

    private bool AcceptFunction(string name)
    {
        var start = _position;
        if (AcceptWord(name) && Accept("(") && Accept(")"))
        {
            return true;
        }

        _position = start;
        return false;
    }

    private void SkipSpace()
    {
        while (!AtEnd && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private readonly char Peek() => PeekAt(0);

    private readonly char PeekAt(int offset) => _position + offset < _text.Length ? _text[_position + offset] : '\0';

    private Selector? Fail(SelectorErrorKind kind)
    {
        if (_error is null)
        {
            SkipSpace();
            var end = _position;
            while (end < _text.Length && !char.IsWhiteSpace(_text[end]) && end - _position < 20)
            {
                end++;
            }

            _error = new SelectorSyntaxError(_position, kind, _text[_position..end].ToString());
        }

        return null;
    }
}
