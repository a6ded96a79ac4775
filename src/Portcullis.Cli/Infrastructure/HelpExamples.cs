using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Portcullis.Cli.Infrastructure;

/// <summary>Adds an "Examples:" section to each command's --help, because a command line is learned from examples.</summary>
internal sealed class HelpExamples
{
    private readonly Dictionary<Command, string[]> _examples = [];

    public void Add(Command command, params string[] examples) => _examples[command] = examples;

    /// <summary>Wraps the root's help action so that it prints the examples after the standard help.</summary>
    public void Install(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        if (help.Action is HelpAction standard)
        {
            help.Action = new WithExamples(standard, _examples);
        }
    }

    private sealed class WithExamples(HelpAction standard, Dictionary<Command, string[]> examples) : SynchronousCommandLineAction
    {
        // Like the standard help: asking for help is never a usage error, even without required options.
        public override bool Terminating => true;

        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var exitCode = standard.Invoke(parseResult);
            if (examples.TryGetValue(parseResult.CommandResult.Command, out var lines))
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Examples:");
                foreach (var line in lines)
                {
                    output.WriteLine($"  {line}");
                }

                output.WriteLine();
            }

            return exitCode;
        }
    }
}
