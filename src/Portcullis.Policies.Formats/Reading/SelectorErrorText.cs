using Portcullis.Policies.Selectors;

namespace Portcullis.Policies.Formats.Reading;

/// <summary>The words for a selector syntax error.</summary>
internal static class SelectorErrorText
{
    public static string Describe(SelectorSyntaxError error)
    {
        var what = error.Kind switch
        {
            SelectorErrorKind.UnexpectedCharacter => "unexpected character",
            SelectorErrorKind.UnterminatedString => "a quoted value is not closed",
            SelectorErrorKind.ExpectedExpression => "expected an expression (a label test, has(), all(), ! or a parenthesis)",
            SelectorErrorKind.ExpectedOperator => "expected ==, !=, in, not in, contains, starts with or ends with",
            SelectorErrorKind.ExpectedValue => "expected a quoted value",
            SelectorErrorKind.ExpectedLabel => "expected a label key",
            SelectorErrorKind.ExpectedClosingParenthesis => "expected ')'",
            SelectorErrorKind.ExpectedOpeningBrace => "expected '{' after in",
            SelectorErrorKind.ExpectedCommaOrClosingBrace => "expected ',' or '}'",
            _ => "unexpected text after the expression",
        };
        var found = error.Found.Length == 0 ? "at the end" : $"at '{error.Found}'";
        return $"{what} {found} (character {error.Position + 1})";
    }
}
