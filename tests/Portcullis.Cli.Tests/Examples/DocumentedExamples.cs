using Portcullis.Application.Hosting;
using Portcullis.Testing;

namespace Portcullis.Cli.Tests.Examples;

/// <summary>
/// The command lines the documentation shows: the README's fenced shell blocks (<c>```sh</c> lines, and the
/// <c>$ </c> lines of <c>```text</c> transcripts) and the "Examples:" section of every command's <c>--help</c>.
/// A group is what is run in order in one working directory: a README block, or one command's examples.
/// </summary>
internal static class DocumentedExamples
{
    /// <summary>A command line as written, and the exit code its transcript shows (<c>$ echo $?</c>), if it shows one.</summary>
    public sealed record Line(string Text, int? ExitCode);

    /// <summary>Command lines run in order, in one working directory.</summary>
    public sealed record Group(string Id, IReadOnlyList<Line> Lines);

    private static readonly Lazy<IReadOnlyDictionary<string, Group>> All = new(() =>
        Readme().Concat(Help()).Where(g => g.Lines.Count > 0).ToDictionary(g => g.Id));

    public static IReadOnlyDictionary<string, Group> Groups => All.Value;

    /// <summary>Whether a command line runs Portcullis (and not curl, ibmcloud, terraform ...).</summary>
    public static bool RunsPortcullis(IReadOnlyList<string> words) =>
        words.Count > 0 && (words[0] == "portcullis" || (words.Count >= 5 && string.Join(' ', words.Take(5)) == "dotnet run --project src/Portcullis.Cli --"));

    /// <summary>The arguments after <c>portcullis</c> or <c>dotnet run --project src/Portcullis.Cli --</c>.</summary>
    public static string[] Arguments(IReadOnlyList<string> words) => words[0] == "portcullis" ? [.. words.Skip(1)] : [.. words.Skip(5)];

    private static IEnumerable<Group> Readme()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "README.md"));
        string? language = null;
        var start = 0;
        var group = new List<Line>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                if (language is null)
                {
                    language = lines[i][3..].Trim();
                    start = i + 1;
                }
                else
                {
                    yield return new Group($"README.md:{start}", [.. group]);
                    group.Clear();
                    language = null;
                }

                continue;
            }

            if (language is not ("sh" or "text"))
            {
                continue;
            }

            var text = lines[i];
            if (language == "text")
            {
                if (!text.StartsWith("$ ", StringComparison.Ordinal))
                {
                    continue;
                }

                text = text[2..];
            }

            while (text.EndsWith('\\') && i + 1 < lines.Length)
            {
                text = text[..^1] + " " + lines[++i].Trim();
            }

            if (text == "echo $?" && group.Count > 0 && i + 1 < lines.Length && int.TryParse(lines[i + 1], out var code))
            {
                group[^1] = group[^1] with { ExitCode = code };
            }
            else if (ShellLine.Parse(text).Any(c => RunsPortcullis(c.Words)))
            {
                group.Add(new Line(text, null));
            }
        }
    }

    private static IEnumerable<Group> Help()
    {
        // The commands come from the command tree itself, not from the help text's "Commands:" lines, whose wrapped
        // descriptions read as names and sent the walk round in circles.
        var pending = new Queue<(string[] Path, System.CommandLine.Command Command)>([([], PortcullisApp.Parse([]).RootCommandResult.Command)]);
        while (pending.TryDequeue(out var next))
        {
            if (next.Command.Hidden)
            {
                continue;
            }

            var help = RunHelp(next.Path);
            var name = string.Join(' ', ["portcullis", .. next.Path]);
            yield return new Group($"{name} --help", [.. Section(help, "Examples:").Where(l => ShellLine.Parse(l).Any(c => RunsPortcullis(c.Words))).Select(l => new Line(l, null))]);
            foreach (var command in next.Command.Subcommands)
            {
                pending.Enqueue(([.. next.Path, command.Name], command));
            }
        }
    }

    private static string RunHelp(string[] path)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Task.Run(() => PortcullisApp.RunAsync([.. path, "--help"], new CommandEnvironment(output, error))).GetAwaiter().GetResult();
        return code == 0 ? output.ToString() : throw new InvalidOperationException($"portcullis {string.Join(' ', path)} --help exited {code}: {error}");
    }

    // The lines of a help section (indented under its title, up to the blank line that ends it), continuations joined.
    private static List<string> Section(string help, string title)
    {
        var lines = help.ReplaceLineEndings("\n").Split('\n');
        var at = Array.IndexOf(lines, title);
        var section = new List<string>();
        for (var i = at + 1; at >= 0 && i < lines.Length && lines[i].Length > 0; i++)
        {
            var text = lines[i].Trim();
            while (text.EndsWith('\\') && i + 1 < lines.Length)
            {
                text = text[..^1].TrimEnd() + " " + lines[++i].Trim();
            }

            section.Add(text);
        }

        return section;
    }

}
