namespace Portcullis.Application.Hosting;

/// <summary>Runs one command: reads what its options name, does the work, writes the result, and returns the exit code.</summary>
/// <typeparam name="TOptions">The command's options.</typeparam>
public interface ICommandHandler<in TOptions>
    where TOptions : class
{
    /// <summary>Runs the command.</summary>
    /// <param name="options">What the user asked for.</param>
    /// <param name="environment">Where to read from and write to.</param>
    /// <param name="cancellationToken">Stops the work (Ctrl+C, a client that went away).</param>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    public Task<int> RunAsync(TOptions options, CommandEnvironment environment, CancellationToken cancellationToken);
}
