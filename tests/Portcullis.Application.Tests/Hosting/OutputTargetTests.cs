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
}
