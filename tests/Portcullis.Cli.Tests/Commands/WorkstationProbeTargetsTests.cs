using Portcullis.Core.Diagnostics;
using Portcullis.Probing.Formats;
using Portcullis.Testing;

namespace Portcullis.Cli.Tests.Commands;

/// <summary><c>workstation --format probe</c> writes a targets file that <c>probe --targets</c> reads back.</summary>
public sealed class WorkstationProbeTargetsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("portcullis-ws-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task WorkstationProbeFormat_OnTheExample_IsAReadableTargetsFile()
    {
        var file = Path.Combine(_directory, "openings.yaml");
        var result = await CliRunner.RunAsync("workstation", "--cluster", Path.Combine(RepositoryPaths.Examples, "iks-multizone", "cluster.yaml"), "--format", "probe", "--output", file);
        Assert.Equal(0, result.ExitCode);
        var diagnostics = new DiagnosticBag();
        Assert.True(ProbeTargetsReader.TryReadFile(file, diagnostics, out var targets), string.Join("\n", diagnostics.ToImmutable()));
        Assert.Contains(targets, t => t.Host == "us.icr.io" && t.Http?.PathAndQuery == "/api/v1/messages");
        Assert.Contains(targets, t => t.Host == "c100.us-south.containers.cloud.ibm.com" && t.Port == 31438 && t.AllowUntrustedCertificate);
        Assert.Contains(targets, t => t.Purpose is { } purpose && purpose.Contains("etcd", StringComparison.Ordinal));
    }
}
