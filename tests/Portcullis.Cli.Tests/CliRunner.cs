using Portcullis.Application.Hosting;

namespace Portcullis.Cli.Tests;

/// <summary>Runs the command line in-process, in an environment of its own (no terminal, no variables), and captures what it prints.</summary>
internal static class CliRunner
{
    static CliRunner()
    {
        // The snapshot's synchronous bridge (below) holds a pool thread while the command line runs on others; with
        // tests in parallel on a small machine the pool would otherwise grow only slowly, and every run would wait.
        ThreadPool.GetMinThreads(out var workers, out var completion);
        ThreadPool.SetMinThreads(Math.Max(workers, 16), completion);
    }

    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await PortcullisApp.RunAsync(args, new CommandEnvironment(output, error), TestContext.Current.CancellationToken);
        return new Result(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs with <paramref name="input"/> as standard input (as a shell's pipe or redirection gives it).</summary>
    public static async Task<Result> RunWithInputAsync(byte[] input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CommandEnvironment(output, error) { StandardInput = () => new MemoryStream(input, writable: false) };
        var code = await PortcullisApp.RunAsync(args, environment, TestContext.Current.CancellationToken);
        return new Result(code, output.ToString(), error.ToString());
    }

    /// <summary>
    /// For the output snapshot, whose runs are listed and captured synchronously (theory data, outputs captured once and
    /// kept): the asynchronous entry point, run on the thread pool so that no test synchronisation context is waited on.
    /// </summary>
    public static Result Run(params string[] args) => Task.Run(() => RunAsync(args)).GetAwaiter().GetResult();
}
