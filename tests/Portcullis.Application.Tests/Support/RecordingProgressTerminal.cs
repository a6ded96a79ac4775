using Portcullis.Application.Hosting;

namespace Portcullis.Application.Tests.Support;

/// <summary>A progress terminal that reads the progress once the work is done, and records the title, headers and last reading.</summary>
internal sealed class RecordingProgressTerminal : IProgressTerminal
{
    public string? Title { get; private set; }

    public ProgressReading? Last { get; private set; }

    public IReadOnlyList<string>? TableHeaders { get; private set; }

    public IReadOnlyList<IReadOnlyList<string>>? LastRows { get; private set; }

    public async Task<T> ShowProgressAsync<T>(string title, Task<T> work, Func<ProgressReading> read)
    {
        Title = title;
        var result = await work;
        Last = read();
        return result;
    }

    public async Task<T> ShowTableAsync<T>(IReadOnlyList<string> headers, Task<T> work, Func<IReadOnlyList<IReadOnlyList<string>>> read)
    {
        TableHeaders = headers;
        try
        {
            return await work;
        }
        finally
        {
            LastRows = read();
        }
    }
}
