using System.CommandLine;
using Portcullis.Application.Hosting;

namespace Portcullis.Cli.Infrastructure;

/// <summary>Binds a command to its handler: the parse result becomes the options record, and the handler runs with the environment.</summary>
internal static class CommandAction
{
    public static void Set<TOptions>(Command command, CommandEnvironment environment, ICommandHandler<TOptions> handler, Func<ParseResult, TOptions> bind)
        where TOptions : class
    {
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = bind(parseResult);

            // The handlers' work is mostly computation with little to await: run it off the invoking thread, so that
            // System.CommandLine hears Ctrl+C while it runs and cancels the token the handler checks between stages.
            await Task.Yield();
            try
            {
                return await handler.RunAsync(options, environment, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                environment.Error.WriteLine($"portcullis: {command.Name} interrupted");
                return ExitCodes.Interrupted;
            }
        });
    }
}
