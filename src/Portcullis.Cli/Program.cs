using Portcullis.Cli.Infrastructure;
using Portcullis.Formats.Text;

namespace Portcullis.Cli;

/// <summary>The process: runs the command line on the console, and turns a bug into a short message and exit code 70.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        try
        {
            return await PortcullisApp.RunAsync(args, ConsoleEnvironment.Create()).ConfigureAwait(false);
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("PORTCULLIS_DEBUG") is null)
        {
            // A bug, not bad input (bad input is reported where it is found): say so without a stack trace.
            await Console.Error.WriteLineAsync($"portcullis: internal error: {e.GetType().Name}: {ControlText.Escape(e.Message)}").ConfigureAwait(false);
            await Console.Error.WriteLineAsync("This is a bug in Portcullis. Run again with PORTCULLIS_DEBUG=1 for the details, and report it with the input that caused it.").ConfigureAwait(false);
            return 70;
        }
    }
}
