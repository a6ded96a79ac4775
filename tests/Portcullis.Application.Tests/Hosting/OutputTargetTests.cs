using Portcullis.Application.Hosting;
using Portcullis.Application.Tests.Support;

namespace Portcullis.Application.Tests.Hosting;

/// <summary>Results go to standard output, or whole into a file: never half-written, never over an input.</summary>
public sealed class OutputTargetTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("portcullis-output-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task WriteAsync_NoFile_WritesToStandardOutput()
    {
        var test = new TestEnvironment();

        var code = await test.Environment.WriteAsync(null, [], writer => writer.Write("result\n"), TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("result\n", test.Output);
    }

    [Fact]
    public async Task WriteAsync_File_WritesItWithoutAByteOrderMarkAndLeavesNothingElse()
    {
        var test = new TestEnvironment();
        var file = Path.Combine(_directory, "out.txt");

        var code = await test.Environment.WriteAsync(file, [], writer => writer.Write("é\n"), TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(new byte[] { 0xC3, 0xA9, 0x0A }, File.ReadAllBytes(file));
        Assert.Equal(new[] { file }, Directory.GetFiles(_directory));
        Assert.Equal(string.Empty, test.Output);
    }

    [Fact]
    public async Task WriteAsync_WriterFails_LeavesTheOldFileAndNoTemporary()
    {
        var test = new TestEnvironment();
        var file = Path.Combine(_directory, "out.txt");
        await File.WriteAllTextAsync(file, "before", TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<InvalidOperationException>(() => test.Environment.WriteAsync(file, [], writer =>
        {
            writer.Write("half");
            throw new InvalidOperationException("the writer broke");
        }, TestContext.Current.CancellationToken));

        Assert.Equal("before", await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
        Assert.Equal(new[] { file }, Directory.GetFiles(_directory));
    }

    [Fact]
    public async Task WriteAsync_CancelledWhileWriting_LeavesNoFile()
    {
        var test = new TestEnvironment();
        var file = Path.Combine(_directory, "out.txt");
        using var cancellation = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => test.Environment.WriteAsync(file, [], writer =>
        {
            writer.Write("half");
            cancellation.Cancel();
        }, cancellation.Token));

        Assert.Empty(Directory.GetFiles(_directory));
    }

    [Fact]
    public async Task WriteAsync_OverAnInput_IsRefusedAndTheInputKept()
    {
        var test = new TestEnvironment();
        var input = Path.Combine(_directory, "in.json");
        await File.WriteAllTextAsync(input, "{}", TestContext.Current.CancellationToken);

        // The same file, named another way.
        var code = await test.Environment.WriteAsync(Path.Combine(_directory, ".", "in.json"), [input], writer => writer.Write("x"), TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("is one of the input files", test.Error, StringComparison.Ordinal);
        Assert.Equal("{}", await File.ReadAllTextAsync(input, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task WriteAsync_MissingDirectory_IsAUsageError()
    {
        var test = new TestEnvironment();
        var file = Path.Combine(_directory, "no-such-dir", "out.txt");

        var code = await test.Environment.WriteAsync(file, [], writer => writer.Write("x"), TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal($"portcullis: error: --output {file}: the directory {Path.GetDirectoryName(file)} does not exist\n", test.Error);
    }

    [Theory]
    // The input named through a symlink to it, through a symlinked directory, through /proc/self/cwd, and by a hard link.
    [InlineData("link")]
    [InlineData("dirlink")]
    [InlineData("proc")]
    [InlineData("hardlink")]
    public async Task WriteAsync_OverAnInputNamedAnotherWay_IsRefusedByFileIdentity(string how)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "file identity by inode is checked on Linux");
        var test = new TestEnvironment();
        var inputs = Directory.CreateDirectory(Path.Combine(_directory, "inputs")).FullName;
        var input = Path.Combine(inputs, "in.json");
        await File.WriteAllTextAsync(input, "{}", TestContext.Current.CancellationToken);
        var output = how switch
        {
            "link" => File.CreateSymbolicLink(Path.Combine(_directory, "link.json"), input).FullName,
            "dirlink" => Path.Combine(Directory.CreateSymbolicLink(Path.Combine(_directory, "dirlink"), inputs).FullName, "in.json"),
            "proc" => $"/proc/{Environment.ProcessId}/root{input}",
            _ => HardLink(input, Path.Combine(_directory, "hard.json")),
        };

        var code = await test.Environment.WriteAsync(output, [input], writer => writer.Write("x"), TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal("{}", await File.ReadAllTextAsync(input, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task WriteAsync_InsideAnInputDirectory_IsRefused()
    {
        var test = new TestEnvironment();
        var logs = Directory.CreateDirectory(Path.Combine(_directory, "logs")).FullName;
        var log = Path.Combine(logs, "flow.json");
        await File.WriteAllTextAsync(log, "{}", TestContext.Current.CancellationToken);

        var code = await test.Environment.WriteAsync(log, [logs], writer => writer.Write("x"), TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal("{}", await File.ReadAllTextAsync(log, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task WriteAsync_ThroughASymlink_WritesTheTargetAndKeepsTheLink()
    {
        // As for /dev/stdout: renaming over the link would replace the link, not write where it points.
        var test = new TestEnvironment();
        var real = Path.Combine(_directory, "real.txt");
        await File.WriteAllTextAsync(real, "old", TestContext.Current.CancellationToken);
        var link = File.CreateSymbolicLink(Path.Combine(_directory, "out.txt"), real).FullName;

        var code = await test.Environment.WriteAsync(link, [], writer => writer.Write("new"), TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Success, code);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal("new", await File.ReadAllTextAsync(real, TestContext.Current.CancellationToken));
        Assert.Equal(2, Directory.GetFileSystemEntries(_directory).Length);
    }

    [Fact]
    public async Task WriteAsync_CharacterDevice_IsWrittenInPlace()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() && File.Exists("/dev/null"), "needs /dev/null");
        var test = new TestEnvironment();

        var code = await test.Environment.WriteAsync("/dev/null", [], writer => writer.Write("discarded"), TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(string.Empty, await File.ReadAllTextAsync("/dev/null", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task WriteAsync_OutputNameOf255Bytes_IsWritten()
    {
        // The temporary file's name does not grow with the output's, so the longest name a directory takes works.
        var test = new TestEnvironment();
        var file = Path.Combine(_directory, new string('a', 251) + ".txt");

        var code = await test.Environment.WriteAsync(file, [], writer => writer.Write("x"), TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("x", await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
    }

    private static string HardLink(string existing, string link)
    {
        var run = Portcullis.Testing.ExternalTools.Start("ln", [existing, link], null, TimeSpan.FromSeconds(10));
        Assert.Equal(0, run.ExitCode);
        return link;
    }
}
