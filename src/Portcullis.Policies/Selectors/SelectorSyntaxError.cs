namespace Portcullis.Policies.Selectors;

/// <summary>Where and why a text is not a selector.</summary>
/// <param name="Position">The 0-based offset in the text where the problem is.</param>
/// <param name="Kind">What was expected there.</param>
/// <param name="Found">The text found there (empty at the end).</param>
public sealed record SelectorSyntaxError(int Position, SelectorErrorKind Kind, string Found)
{
    /// <summary>A plain rendering for exceptions and debugging (writers word errors themselves).</summary>
    public override string ToString() => $"{Kind} at {Position}" + (Found.Length > 0 ? $" ('{Found}')" : " (end of text)");
}
