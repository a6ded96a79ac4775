namespace Portcullis.Application.Hosting;

/// <summary>Standard error when it is an interactive terminal: long work shows a progress bar or a live table there.</summary>
public interface IProgressTerminal
{
    /// <summary>Shows a progress bar, updated from <paramref name="read"/> a few times a second, until <paramref name="work"/> completes.</summary>
    /// <typeparam name="T">The work's result.</typeparam>
    /// <param name="title">What the bar says before the first reading.</param>
    /// <param name="work">The work under way.</param>
    /// <param name="read">Reads how far the work is.</param>
    /// <returns>The work's result.</returns>
    public Task<T> ShowProgressAsync<T>(string title, Task<T> work, Func<ProgressReading> read);

    /// <summary>
    /// Shows a table, redrawn from <paramref name="read"/> a few times a second until <paramref name="work"/>
    /// completes; its last state stays on the screen, as a record of the run.
    /// </summary>
    /// <typeparam name="T">The work's result.</typeparam>
    /// <param name="headers">The column headers.</param>
    /// <param name="work">The work under way.</param>
    /// <param name="read">Reads the rows as they are now, one cell per column (plain text: the terminal escapes it).</param>
    /// <returns>The work's result.</returns>
    public Task<T> ShowTableAsync<T>(IReadOnlyList<string> headers, Task<T> work, Func<IReadOnlyList<IReadOnlyList<string>>> read);
}
