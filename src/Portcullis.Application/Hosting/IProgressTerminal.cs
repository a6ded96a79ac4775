namespace Portcullis.Application.Hosting;

/// <summary>Standard error when it is an interactive terminal: long work shows a progress bar there.</summary>
public interface IProgressTerminal
{
    /// <summary>Shows a progress bar, updated from <paramref name="read"/> a few times a second, until <paramref name="work"/> completes.</summary>
    /// <typeparam name="T">The work's result.</typeparam>
    /// <param name="title">What the bar says before the first reading.</param>
    /// <param name="work">The work under way.</param>
    /// <param name="read">Reads how far the work is.</param>
    /// <returns>The work's result.</returns>
    public Task<T> ShowProgressAsync<T>(string title, Task<T> work, Func<ProgressReading> read);
}
