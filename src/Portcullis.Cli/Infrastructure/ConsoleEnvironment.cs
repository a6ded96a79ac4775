using Portcullis.Application.Hosting;

namespace Portcullis.Cli.Infrastructure;

/// <summary>The process's own environment: the console's streams, its terminals where they are not redirected, and its variables.</summary>
internal static class ConsoleEnvironment
{
    public static CommandEnvironment Create() => new(Console.Out, Console.Error)
    {
        Terminal = Console.IsOutputRedirected ? null : new SpectreTerminal(Console.Out),
        ErrorTerminal = Console.IsErrorRedirected ? null : new SpectreProgressTerminal(Console.Error),
        Variables = Environment.GetEnvironmentVariable,
        // Only a pipe or a file: on a terminal, '-' would wait for the user to type a configuration.
        StandardInput = Console.IsInputRedirected ? Console.OpenStandardInput : null,
    };
}
