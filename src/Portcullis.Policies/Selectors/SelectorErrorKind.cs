namespace Portcullis.Policies.Selectors;

/// <summary>Why a text is not a selector.</summary>
public enum SelectorErrorKind
{
    /// <summary>A character that starts no token.</summary>
    UnexpectedCharacter,

    /// <summary>A quoted value without its closing quote.</summary>
    UnterminatedString,

    /// <summary>An expression was expected (a label test, <c>all()</c>, <c>!</c>, <c>(</c>).</summary>
    ExpectedExpression,

    /// <summary>After a label, an operator was expected (<c>==</c>, <c>!=</c>, <c>in</c>, <c>not in</c>, <c>contains</c>, <c>starts with</c>, <c>ends with</c>).</summary>
    ExpectedOperator,

    /// <summary>A quoted value was expected.</summary>
    ExpectedValue,

    /// <summary>A label key was expected (inside <c>has( )</c>).</summary>
    ExpectedLabel,

    /// <summary>A closing parenthesis was expected.</summary>
    ExpectedClosingParenthesis,

    /// <summary>A <c>{</c> was expected after <c>in</c>.</summary>
    ExpectedOpeningBrace,

    /// <summary>A <c>,</c> or <c>}</c> was expected in a value set.</summary>
    ExpectedCommaOrClosingBrace,

    /// <summary>The expression ended and more text followed.</summary>
    UnexpectedTrailingText,
}
