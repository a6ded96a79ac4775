using System.Collections.Immutable;
using System.Threading.Channels;
using Portcullis.Core.Diagnostics;
using Portcullis.Formats;

namespace Portcullis.Flows.Formats.FlowLogs;

/// <summary>
/// Reads flow-log trees on every core: one producer lists the files (a COS key tree, a directory, or single files)
/// into a bounded channel; one worker per core takes a file at a time, decompresses and parses it with its own
/// <see cref="FlowLogReader"/>, and hands each object to its own consumer. Memory holds the channel's file names
/// and each worker's buffers, whatever the size of the input.
/// </summary>
public static class FlowLogPipeline
{
    /// <summary>The most diagnostics a run keeps; further ones are only counted.</summary>
    public const int DiagnosticLimit = 100;

    /// <summary>The files a path stands for: itself if a file, else every <c>*.gz</c> and <c>*.json</c> file below it, in ordinal order per directory.</summary>
    public static IEnumerable<string> FilesOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return FilesOf([path], null);
    }

    /// <summary>
    /// The files several paths stand for, each file once: a file reached twice (named twice, named and inside a named
    /// directory, through a hard link or a symlink) and a directory reached again (a symlink loop) are compared by
    /// file identity (device and inode on Linux) and left out, with a note to <paramref name="notes"/>.
    /// </summary>
    /// <param name="paths">Files or directories.</param>
    /// <param name="notes">Receives a note for each file or directory left out, if wanted.</param>
    public static IEnumerable<string> FilesOf(IReadOnlyList<string> paths, DiagnosticBag? notes)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var seenFiles = new HashSet<FileIdentity>(FileIdentity.SameFile);
        var seenDirectories = new HashSet<FileIdentity>(FileIdentity.SameFile);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                if (FirstTime(seenFiles, path, notes, "the file was given more than once; it is read once"))
                {
                    yield return path;
                }

                continue;
            }

            if (!Directory.Exists(path))
            {
                continue;
            }

            // Depth first, sorted per directory: the order is stable and only one directory listing is held per level.
            var pending = new Stack<string>([path]);
            while (pending.Count > 0)
            {
                var directory = pending.Pop();
                if (!FirstTime(seenDirectories, directory, notes, "the directory was listed already (a symbolic link loop, or a path given twice); it is not listed again"))
                {
                    continue;
                }

                foreach (var file in Directory.GetFiles(directory).Order(StringComparer.Ordinal))
                {
                    if ((file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                        && FirstTime(seenFiles, file, notes, "the file was reached more than once (a link, or a path given twice); it is read once"))
                    {
                        yield return file;
                    }
                }

                foreach (var child in Directory.GetDirectories(directory).OrderDescending(StringComparer.Ordinal))
                {
                    pending.Push(child);
                }
            }
        }
    }

    private static bool FirstTime(HashSet<FileIdentity> seen, string path, DiagnosticBag? notes, string note)
    {
        if (FileIdentity.Of(path) is not { } identity || seen.Add(identity))
        {
            return true;
        }

        notes?.Report(FlowDiagnostics.ReachedTwice, new SourceLocation(path), note);
        return false;
    }

    /// <summary>Reads every file of <paramref name="paths"/> into consumers made by <paramref name="createConsumer"/> (once per worker).</summary>
    /// <param name="paths">Files or directories; each must exist (check first with <see cref="FilesOf(string)"/> or <see cref="File.Exists"/>).</param>
    /// <param name="createConsumer">Makes one worker's consumer; called on that worker.</param>
    /// <param name="workers">Worker count; 0 for one per core.</param>
    /// <param name="progress">Counters to update as files are read, if wanted; its totals are set after a first listing pass.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static async Task<FlowLogPipelineResult> RunAsync(
        IReadOnlyList<string> paths, Func<IFlowLogConsumer> createConsumer, int workers = 0, FlowLogProgress? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(createConsumer);
        workers = workers > 0 ? workers : Environment.ProcessorCount;
        if (progress is not null)
        {
            // A listing pass for the totals: names are counted, not kept.
            foreach (var file in FilesOf(paths, null))
            {
                progress.TotalFiles++;
                progress.TotalBytes += new FileInfo(file).Length;
            }
        }

        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(workers * 64) { SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });
        var listing = new DiagnosticBag();
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var file in FilesOf(paths, listing))
                {
                    await channel.Writer.WriteAsync(file, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                channel.Writer.Complete();
            }
        }, cancellationToken);
        var tasks = Enumerable.Range(0, workers)
            .Select(_ => Task.Run(() => WorkAsync(channel.Reader, createConsumer, progress, cancellationToken), cancellationToken))
            .ToArray();
        await producer.ConfigureAwait(false);
        var results = await Task.WhenAll(tasks).ConfigureAwait(false);

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        diagnostics.AddRange(listing.ToImmutable().Take(DiagnosticLimit));
        long more = Math.Max(0, listing.Count - DiagnosticLimit);
        foreach (var result in results)
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                if (diagnostics.Count < DiagnosticLimit)
                {
                    diagnostics.Add(diagnostic);
                }
                else
                {
                    more++;
                }
            }

            more += result.MoreDiagnostics;
        }

        return new FlowLogPipelineResult(
            [.. results.Select(r => r.Consumer)], results.Sum(r => r.Files), results.Sum(r => r.Unreadable), results.Sum(r => r.Records),
            results.Sum(r => r.Skipped), diagnostics.ToImmutable(), more);
    }

    // A worker reads one file at a time synchronously (decompressing and parsing are CPU work) and waits for the
    // next without holding its thread.
    private static async Task<WorkerResult> WorkAsync(ChannelReader<string> files, Func<IFlowLogConsumer> createConsumer, FlowLogProgress? progress, CancellationToken cancellationToken)
    {
        var consumer = createConsumer();
        var reader = new FlowLogReader();
        var result = new WorkerResult(consumer);
        var fileDiagnostics = new DiagnosticBag();
        while (await files.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (files.TryRead(out var file))
            {
                cancellationToken.ThrowIfCancellationRequested();
                result.Files++;
                long size = 0;
                if (reader.TryReadFile(file, fileDiagnostics))
                {
                    consumer.Consume(reader.Header!, reader.Records);
                    result.Records += reader.Records.Length;
                    result.Skipped += reader.SkippedRecords;
                }
                else
                {
                    result.Unreadable++;
                }

                if (progress is not null)
                {
                    size = new FileInfo(file).Length;
                    progress.Add(size, reader.Records.Length);
                }

                if (fileDiagnostics.Count > 0)
                {
                    result.Keep(fileDiagnostics.ToImmutable());
                    fileDiagnostics = new DiagnosticBag();
                }
            }
        }

        return result;
    }

    private sealed class WorkerResult(IFlowLogConsumer consumer)
    {
        public IFlowLogConsumer Consumer { get; } = consumer;

        public long Files { get; set; }

        public long Unreadable { get; set; }

        public long Records { get; set; }

        public long Skipped { get; set; }

        public List<Diagnostic> Diagnostics { get; } = [];

        public long MoreDiagnostics { get; private set; }

        public void Keep(ImmutableArray<Diagnostic> found)
        {
            foreach (var diagnostic in found)
            {
                if (Diagnostics.Count < DiagnosticLimit)
                {
                    Diagnostics.Add(diagnostic);
                }
                else
                {
                    MoreDiagnostics++;
                }
            }
        }
    }
}
