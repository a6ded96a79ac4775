using Portcullis.Core.Model;
using Portcullis.Flows.Formats.FlowLogs;
using Portcullis.Flows.Replay;
using static Portcullis.Flows.Formats.Tests.FlowLogs.FlowLogSamples;

namespace Portcullis.Flows.Formats.Tests.FlowLogs;

public sealed class FlowLogPipelineTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("portcullis-pipeline-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task RunAsync_TreeWithABadFile_DeliversEveryValidRecordOnceAndReportsTheBadFile()
    {
        Write("a/b/00000001.gz", Gzip(Object("nic-1", [.. Many(700)])));
        Write("a/c/00000001.gz", Gzip(Object("nic-2", [.. Many(300)])));
        Write("a/c/00000002.json", System.Text.Encoding.UTF8.GetBytes("""{ "network_interface_id": "nic-3", "flow_logs": [] }"""));
        Write("a/d/broken.gz", Gzip("{ \"network_interface_id\": \"nic-4\" \"flow_logs\": [] }"));
        Write("a/d/readme.txt", [1, 2, 3]);
        var progress = new FlowLogProgress();

        var result = await FlowLogPipeline.RunAsync([_directory], () => new Collecting(), workers: 3, progress, TestContext.Current.CancellationToken);

        Assert.Equal((4L, 1L, 1000L), (result.Files, result.UnreadableFiles, result.Records));
        var objects = result.Consumers.Cast<Collecting>().SelectMany(c => c.Objects).OrderBy(o => o.Id, StringComparer.Ordinal).ToList();
        Assert.Equal([("nic-1", 700), ("nic-2", 300), ("nic-3", 0)], objects.Select(o => (o.Id, o.Records)));
        var error = Assert.Single(result.Diagnostics);
        Assert.EndsWith("broken.gz", error.Location!.File, StringComparison.Ordinal);
        Assert.Equal((4L, 4L, 1000L), (progress.TotalFiles, progress.Files, progress.Records));
    }

    [Fact]
    public void FilesOf_Directory_ListsFlowLogObjectsInAStableOrder()
    {
        foreach (var name in new[] { "z/2.gz", "a/1.json", "a/b/3.gz", "m.gz", "notes.txt" })
        {
            Write(name, [0]);
        }

        var files = FlowLogPipeline.FilesOf(_directory).Select(f => Path.GetRelativePath(_directory, f).Replace('\\', '/')).ToList();

        Assert.Equal(["m.gz", "a/1.json", "a/b/3.gz", "z/2.gz"], files);
    }

    [Fact]
    public void FilesOf_SingleFile_IsItselfWhateverItsName()
    {
        Write("object", [0]);
        Assert.Equal([Path.Combine(_directory, "object")], FlowLogPipeline.FilesOf(Path.Combine(_directory, "object")));
    }

    private void Write(string relative, byte[] bytes)
    {
        var path = Path.Combine(_directory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    private sealed class Collecting : IFlowLogConsumer
    {
        public List<(string Id, int Records)> Objects { get; } = [];

        public void Consume(FlowLogHeader header, ReadOnlySpan<FlowRecord> records)
        {
            Assert.All(records.ToArray(), r => Assert.Equal(TrafficDirection.Inbound, r.Direction));
            Objects.Add((header.NetworkInterfaceId, records.Length));
        }
    }
}
