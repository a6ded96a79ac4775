using Portcullis.Core.Diagnostics;
using Portcullis.Formats.Configuration;
using Portcullis.Formats.Limits;

namespace Portcullis.Formats.Tests.Limits;

/// <summary>The limits, how the environment changes them, and the file size limit as every reader meets it.</summary>
public sealed class InputLimitsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("portcullis-limits-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void FromVariables_PositiveNumbers_ReplaceTheDefaults()
    {
        var variables = new Dictionary<string, string>
        {
            [InputLimits.FileBytesVariable] = "1000",
            [InputLimits.DepthVariable] = "10",
            [InputLimits.StringBytesVariable] = "2000",
            [InputLimits.AliasNodesVariable] = "30",
            [InputLimits.ObjectRecordsVariable] = "40",
            [InputLimits.ObjectBytesVariable] = "50",
        };

        Assert.Equal(new InputLimits(1000, 10, 2000, 30, 40, 50), InputLimits.FromVariables(variables.GetValueOrDefault));
    }

    [Theory]
    [InlineData("0")] // zero would refuse everything
    [InlineData("-5")]
    [InlineData("lots")]
    [InlineData("")]
    public void FromVariables_AnythingButAPositiveNumber_KeepsTheDefault(string value) =>
        Assert.Equal(InputLimits.Default, InputLimits.FromVariables(name => value));

    [Fact]
    public void TryReadFile_DevZero_StopsAtTheLimitNamingIt()
    {
        // /dev/zero reports no length and never ends: before, the reader took 4 GB and then failed with exit 70.
        if (!File.Exists("/dev/zero"))
        {
            Assert.Skip("no /dev/zero on this system");
        }

        using var limits = InputLimits.Use(InputLimits.Default with { MaxFileBytes = 1 << 20 });
        var diagnostics = new DiagnosticBag();

        Assert.False(ConfigurationReader.TryReadFile("/dev/zero", diagnostics, out _));

        var error = Assert.Single(diagnostics.ToImmutable());
        Assert.Equal("PC1000", error.Code);
        Assert.Equal("cannot read the configuration: the file is too large: the limit is 1 MiB; set PORTCULLIS_MAX_INPUT_BYTES to raise it", error.Message);
    }

    [Fact]
    public void TryReadFile_RegularFileOverTheLimit_IsRefusedBeforeReading()
    {
        var path = Path.Combine(_directory, "big.json");
        File.WriteAllText(path, "{\"vpcs\": [" + string.Join(",", Enumerable.Repeat("{}", 1000)) + "]}");
        using var limits = InputLimits.Use(InputLimits.Default with { MaxFileBytes = 1024 });
        var diagnostics = new DiagnosticBag();

        Assert.False(ConfigurationReader.TryReadFile(path, diagnostics, out _));

        Assert.Contains("the limit is 1 KiB; set PORTCULLIS_MAX_INPUT_BYTES", Assert.Single(diagnostics.ToImmutable()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryReadFile_FileWithinTheLimit_IsRead()
    {
        var path = Path.Combine(_directory, "small.json");
        File.WriteAllText(path, "{\"vpcs\": []}");
        using var limits = InputLimits.Use(InputLimits.Default with { MaxFileBytes = 12 });

        Assert.True(ConfigurationReader.TryReadFile(path, new DiagnosticBag(), out _));
    }

    [Fact]
    public void Use_EndsWhenDisposed()
    {
        using (InputLimits.Use(InputLimits.Default with { MaxDepth = 3 }))
        {
            Assert.Equal(3, InputLimits.Current.MaxDepth);
        }

        Assert.NotEqual(3, InputLimits.Current.MaxDepth);
    }
}
