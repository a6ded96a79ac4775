using System.Text.RegularExpressions;

namespace Portcullis.Fuzz.Execution;

/// <summary>Judges an outcome against the contract: exit 0, 1 or 2; no stack trace; a located message with exit 2; no raw control characters.</summary>
internal static partial class Verdict
{
    /// <summary>The first broken promise of an outcome, or null when it kept them all.</summary>
    /// <param name="outcome">What the input did.</param>
    /// <param name="inputNames">The names of the files the run read (the input and its companions); an exit 2 must name one.</param>
    public static Finding? Judge(Outcome outcome, IReadOnlyCollection<string> inputNames)
    {
        if (outcome.Exception is { } exception)
        {
            return new Finding(FindingKind.Crash, Signature(exception), $"{exception.GetType().Name}: {exception.Message}\n{exception.StackTrace}");
        }

        if (outcome.ExitCode is not (0 or 1 or 2))
        {
            return new Finding(FindingKind.ExitCode, $"exit {outcome.ExitCode}", Head(outcome.Error));
        }

        if (StackFrame().Match(outcome.Error) is { Success: true } frame)
        {
            return new Finding(FindingKind.Crash, $"stack trace {frame.Value.Trim()}", Head(outcome.Error));
        }

        if (outcome.Error.Contains("internal error", StringComparison.Ordinal))
        {
            return new Finding(FindingKind.Crash, FirstLine(outcome.Error), Head(outcome.Error));
        }

        if (outcome.ExitCode == 2 && !inputNames.Any(name => outcome.Error.Contains(name, StringComparison.Ordinal)))
        {
            return new Finding(FindingKind.Unlocated, FirstLine(outcome.Error), Head(outcome.Error));
        }

        foreach (var (stream, text) in new[] { ("stdout", outcome.Output), ("stderr", outcome.Error) })
        {
            var index = text.AsSpan().IndexOfAnyInRange('\0', '\u001f');
            while (index >= 0 && text[index] is '\n' or '\t')
            {
                var next = text.AsSpan(index + 1).IndexOfAnyInRange('\0', '\u001f');
                index = next < 0 ? -1 : index + 1 + next;
            }

            var c1 = text.AsSpan().IndexOfAnyInRange('\u007f', '\u009f');
            var at = index < 0 ? c1 : c1 < 0 ? index : Math.Min(index, c1);
            if (at >= 0)
            {
                var line = text[..at].Split('\n')[^1];
                return new Finding(FindingKind.RawControlCharacter, $"U+{(int)text[at]:X4} on {stream}", $"{stream}: {line}");
            }
        }

        return null;
    }

    private static string Signature(Exception exception)
    {
        var frame = exception.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("at Portcullis.", StringComparison.Ordinal))
            ?? exception.StackTrace?.Split('\n').FirstOrDefault()?.Trim() ?? "";
        return $"{exception.GetType().Name} {frame}";
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0];

    private static string Head(string text) => text.Length <= 2000 ? text : text[..2000];

    [GeneratedRegex(@"^\s+at [\w.`<>]+\(", RegexOptions.Multiline)]
    private static partial Regex StackFrame();
}
