using Portcullis.Application.Hosting;
using Portcullis.Cli;

namespace Portcullis.Fuzz.Execution;

/// <summary>Runs the portcullis command line in-process, as the process would (its exception becomes exit 70), with a time limit.</summary>
internal static class CommandLine
{
    /// <summary>The outcome of running <paramref name="args"/>; null when it did not finish within <paramref name="limit"/>.</summary>
    public static Outcome? Run(string[] args, TimeSpan limit)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var cancellation = new CancellationTokenSource();
        var run = Task.Run(() => PortcullisApp.RunAsync(args, new CommandEnvironment(output, error), cancellation.Token));
        try
        {
            if (!run.Wait(limit))
            {
                cancellation.Cancel();
                return null;
            }

            return new Outcome(run.Result, output.ToString(), error.ToString());
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            return new Outcome(70, output.ToString(), error.ToString(), e.InnerException);
        }
    }
}
