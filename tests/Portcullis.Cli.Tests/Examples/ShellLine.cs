using System.Text;

namespace Portcullis.Cli.Tests.Examples;

/// <summary>
/// The little of a POSIX shell a documented command line uses: words with single and double quotes, <c>#</c> comments,
/// <c>NAME=value</c> assignments before the command, <c>&amp;&amp;</c> between commands and a <c>|</c> pipe after one.
/// </summary>
internal static class ShellLine
{
    /// <summary>One simple command: its leading assignments, its words, and whether its output was piped on.</summary>
    public sealed record SimpleCommand(IReadOnlyList<KeyValuePair<string, string>> Assignments, IReadOnlyList<string> Words, bool Piped);

    /// <summary>Splits a line into its commands (separated by <c>&amp;&amp;</c>); what follows a pipe is dropped and noted.</summary>
    public static IReadOnlyList<SimpleCommand> Parse(string line)
    {
        var commands = new List<SimpleCommand>();
        var words = new List<string>();
        var piped = false;
        var skipping = false;
        foreach (var token in Tokens(line))
        {
            if (token is { Operator: true, Text: "&&" })
            {
                Add();
                skipping = false;
                piped = false;
            }
            else if (token is { Operator: true, Text: "|" })
            {
                piped = true;
                skipping = true;
            }
            else if (!skipping)
            {
                words.Add(token.Text);
            }
        }

        Add();
        return commands;

        void Add()
        {
            var assignments = new List<KeyValuePair<string, string>>();
            var start = 0;
            while (start < words.Count && words[start].IndexOf('=', StringComparison.Ordinal) is > 0 and var at && words[start][..at].All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                assignments.Add(new(words[start][..at], words[start][(at + 1)..]));
                start++;
            }

            if (start < words.Count)
            {
                commands.Add(new SimpleCommand(assignments, words[start..], piped));
            }

            words.Clear();
        }
    }

    private readonly record struct Token(string Text, bool Operator);

    private static IEnumerable<Token> Tokens(string line)
    {
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c is '\'' or '"')
            {
                var end = line.IndexOf(c, i + 1);
                if (end < 0)
                {
                    throw new FormatException($"unclosed quote in: {line}");
                }

                word.Append(line, i + 1, end - i - 1);
                inWord = true;
                i = end;
            }
            else if (char.IsWhiteSpace(c) || c == '|' || (c == '&' && i + 1 < line.Length && line[i + 1] == '&'))
            {
                if (inWord)
                {
                    yield return new Token(word.ToString(), false);
                    word.Clear();
                    inWord = false;
                }

                if (c == '|')
                {
                    yield return new Token("|", true);
                }
                else if (c == '&')
                {
                    yield return new Token("&&", true);
                    i++;
                }
            }
            else if (c == '#' && !inWord)
            {
                yield break;
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            yield return new Token(word.ToString(), false);
        }
    }
}
