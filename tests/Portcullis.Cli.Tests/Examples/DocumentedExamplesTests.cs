using Portcullis.Testing;

namespace Portcullis.Cli.Tests.Examples;

/// <summary>
/// Every command line the README and the commands' <c>--help</c> show runs as written, from the repository root:
/// exit code 0 or 1 (1 where it shows findings), or the one its transcript shows, and no error on standard error.
/// </summary>
/// <remarks>
/// The lines run in-process, one group (a README block, one command's examples) after another in a scratch folder:
/// paths that exist in the repository are given to the command in full (as a shell in the root would find them),
/// outputs (<c>--output</c>, and any absolute path under <c>/tmp</c>) go to the scratch folder, shell globs are
/// expanded, and what follows a pipe (<c>| dot -Tpng</c>) is not run. Lines that must reach outside hosts or run
/// until stopped are listed in <see cref="NotRun"/> with the reason, and are only parsed.
/// </remarks>
public sealed class DocumentedExamplesTests : IDisposable
{
    /// <summary>Lines that are parsed but not run, by their start, and why.</summary>
    private static readonly (string Start, string Reason)[] NotRun =
    [
        ("portcullis collect", "reads a real IBM Cloud account through its public APIs (collect's own tests run it against fakes on 127.0.0.1)"),
        ("portcullis report endpoints --config vpc.json", "reads vpc.json, which the 'portcullis collect' before it writes from a real account"),
        ("portcullis probe", "connects to IBM Cloud hosts, or (the README's) to servers the transcript had running on 127.0.0.1 (probe's own tests start those)"),
        ("portcullis serve", "starts a server that runs until it is stopped (the server's tests start it on 127.0.0.1)"),
        ("dotnet run --project src/Portcullis.Cli -- serve", "starts a server that runs until it is stopped (the server's tests start it on 127.0.0.1)"),
        ("PORTCULLIS_BOOTSTRAP_TOKEN=", "starts a server that runs until it is stopped (the server's tests start it on 127.0.0.1)"),
        ("HTTPS_PROXY=", "probes IBM Cloud hosts through a proxy"),
        ("portcullis workstation -C examples/iks-multizone/cluster.yaml --format iptables --addresses published", "resolves the hosts IBM publishes no addresses for by DNS (the workstation tests give a fake resolver)"),
        ("portcullis workstation -C examples/iks-multizone/cluster.yaml --format nftables --addresses published", "resolves the hosts IBM publishes no addresses for by DNS (the workstation tests give a fake resolver)"),
    ];

    private readonly string _scratch = Directory.CreateTempSubdirectory("portcullis-examples-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    public static TheoryData<string> Groups() => [.. DocumentedExamples.Groups.Keys.Order(StringComparer.Ordinal)];

    [Fact]
    public void Documentation_ShowsExamples_FromTheReadmeAndEveryCommandsHelp()
    {
        // A reader that found nothing would make every other test here pass vacuously.
        var groups = DocumentedExamples.Groups;
        Assert.True(groups.Keys.Count(k => k.StartsWith("README.md:", StringComparison.Ordinal)) >= 20, string.Join(", ", groups.Keys));
        Assert.Contains("portcullis cluster fix --help", groups.Keys);
        Assert.Contains("portcullis report endpoints --help", groups.Keys);
        Assert.Contains("portcullis flows replay --help", groups.Keys);
        Assert.True(groups.Values.Sum(g => g.Lines.Count) >= 80, $"{groups.Values.Sum(g => g.Lines.Count)} lines");
    }

    [Theory]
    [MemberData(nameof(Groups))]
    public async Task Example_RunAsWritten_Succeeds(string group)
    {
        var problems = new List<string>();
        foreach (var line in DocumentedExamples.Groups[group].Lines)
        {
            foreach (var command in ShellLine.Parse(line.Text).Where(c => DocumentedExamples.RunsPortcullis(c.Words)))
            {
                var arguments = DocumentedExamples.Arguments(command.Words);
                if (NotRun.FirstOrDefault(n => line.Text.StartsWith(n.Start, StringComparison.Ordinal)) is { Start: not null })
                {
                    var parsed = PortcullisApp.Parse(arguments);
                    problems.AddRange(parsed.Errors.Select(e => $"{line.Text}\n  does not parse: {e.Message}"));
                    continue;
                }

                var result = await CliRunner.RunAsync(Rewrite(arguments));
                var expected = line.ExitCode is { } code ? [code] : new[] { 0, 1 };
                var errors = result.Error.ReplaceLineEndings("\n").Split('\n')
                    .Where(l => l.Contains(": error", StringComparison.Ordinal) || l.Contains("internal error", StringComparison.Ordinal))
                    .ToList();
                if (!expected.Contains(result.ExitCode) || (line.ExitCode != 2 && errors.Count > 0))
                {
                    problems.Add($"{line.Text}\n  exit code {result.ExitCode} (expected {string.Join(" or ", expected)})\n  {result.Error.Trim()}");
                }

                if (result.ExitCode is 0 or 1 && command.Piped && result.Output.Length == 0)
                {
                    problems.Add($"{line.Text}\n  printed nothing to pipe on");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
    }

    // What a shell in the repository root would give the command, with outputs kept in the scratch folder.
    private string[] Rewrite(string[] arguments)
    {
        var rewritten = new List<string>();
        for (var i = 0; i < arguments.Length; i++)
        {
            var argument = arguments[i];
            var isOutput = i > 0 && arguments[i - 1] is "--output" or "-o" or "--write-config";
            if (argument.Contains('*', StringComparison.Ordinal))
            {
                var directory = Path.Combine(RepositoryPaths.Root, Path.GetDirectoryName(argument)!);
                rewritten.AddRange(Directory.GetFiles(directory, Path.GetFileName(argument)).Order(StringComparer.Ordinal));
            }
            else if (argument == "-" || argument.StartsWith('-') && !isOutput)
            {
                rewritten.Add(argument);
            }
            else if (isOutput || argument.StartsWith("/tmp/", StringComparison.Ordinal))
            {
                // As /tmp exists for the shell, the folder an output goes in exists in the scratch folder.
                var path = Path.Combine(_scratch, argument.TrimStart('/'));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                rewritten.Add(path);
            }
            else if (File.Exists(Path.Combine(_scratch, argument)) || Directory.Exists(Path.Combine(_scratch, argument)))
            {
                rewritten.Add(Path.Combine(_scratch, argument));
            }
            else if (argument.Contains('/', StringComparison.Ordinal) || argument.Contains('.', StringComparison.Ordinal))
            {
                var path = Path.Combine(RepositoryPaths.Root, argument);
                rewritten.Add(File.Exists(path) || Directory.Exists(path) ? path : argument);
            }
            else
            {
                rewritten.Add(argument);
            }
        }

        return [.. rewritten];
    }
}
