using Portcullis.Application.Hosting;

namespace Portcullis.Application.Tests.Support;

/// <summary>A progress terminal that reads the progress once the work is done, and records the title and reading.</summary>
internal sealed class RecordingProgressTerminal : IProgressTerminal
{
    public string? Title { get; private set; }

    public ProgressReading? Last { get; private set; }

    public async Task<T> ShowProgressAsync<T>(string title, Task<T> work, Func<ProgressReading> read)
    {
        Title = title;
        var result = await work;
        Last = read();
        return result;
    }
}
