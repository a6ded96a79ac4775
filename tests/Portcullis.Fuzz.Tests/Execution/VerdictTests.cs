using Portcullis.Fuzz.Execution;

namespace Portcullis.Fuzz.Tests.Execution;

public sealed class VerdictTests
{
    private static readonly string[] Inputs = ["fuzz-config.json", "config.json"];

    [Theory]
    [InlineData(0, "")]
    [InlineData(1, "")]
    [InlineData(2, "fuzz-config.json:3:7: error PC1001: bad CIDR")]
    [InlineData(2, "config.json: error PC1100: no such subnet")]
    public void Judge_ContractKept_IsNoFinding(int exitCode, string error) =>
        Assert.Null(Verdict.Judge(new Outcome(exitCode, "report line\n\tindented\n", error), Inputs));

    [Fact]
    public void Judge_EscapedException_IsACrashSignedByItsFirstPortcullisFrame()
    {
        Exception thrown;
        try
        {
            throw new InvalidOperationException("boom");
        }
        catch (InvalidOperationException e)
        {
            thrown = e;
        }

        var finding = Verdict.Judge(new Outcome(70, "", "", thrown), Inputs);

        Assert.Equal(FindingKind.Crash, finding?.Kind);
        Assert.StartsWith("InvalidOperationException at Portcullis.Fuzz.Tests", finding?.Signature, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, "", nameof(FindingKind.ExitCode))]
    [InlineData(70, "portcullis: internal error: x", nameof(FindingKind.ExitCode))]
    [InlineData(2, "Unhandled exception.\n   at Portcullis.Formats.Json.JsonCursor.Read()\n", nameof(FindingKind.Crash))]
    [InlineData(1, "portcullis: internal error: NullReferenceException", nameof(FindingKind.Crash))]
    [InlineData(2, "error: nothing to analyse", nameof(FindingKind.Unlocated))]
    [InlineData(0, "name \u001b]0;pwned\u0007", nameof(FindingKind.RawControlCharacter))]
    [InlineData(0, "a\r\nforged line", nameof(FindingKind.RawControlCharacter))]
    [InlineData(0, "c1 \u009b31m", nameof(FindingKind.RawControlCharacter))]
    public void Judge_BrokenPromise_IsFoundAsItsKind(int exitCode, string error, string kind) =>
        Assert.Equal(Enum.Parse<FindingKind>(kind), Verdict.Judge(new Outcome(exitCode, "", error), Inputs)?.Kind);

    [Fact]
    public void Judge_RawControlCharacterOnStandardOutput_NamesTheStreamAndLine()
    {
        var finding = Verdict.Judge(new Outcome(0, "ok\nPublic Internet => \u001b[2Jdb\n", ""), Inputs);

        Assert.Equal("U+001B on stdout", finding?.Signature);
        Assert.Equal("stdout: Public Internet => ", finding?.Detail);
    }
}
