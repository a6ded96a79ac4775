using System.Diagnostics;
using Portcullis.Formats.Text;

namespace Portcullis.Formats.Tests.Text;

public sealed class ShellTextTests
{
    // Values a hostile configuration could hold, and plain ones that must stay as they are.
    private static readonly string[] Values =
    [
        "r006-a1000000-0000-4000-8000-000000000001", "10.240.0.0/17", "", " ", "a b", "$(touch x)", "`touch x`", "'", "''", "\"", "\\",
        "a'b\"c", "line\nbreak", "semi;colon", "amp&er", "pipe|", "glob*?[a]", "~root", "#hash", "!bang", "${HOME}", "tab\there",
        "\u001b]0;title\u0007", "ünïcödé", "-n", "--help",
    ];

    [Theory]
    [InlineData("acl-1", "acl-1")]
    [InlineData("10.240.0.0/17", "10.240.0.0/17")]
    [InlineData("", "''")]
    [InlineData("a b", "'a b'")]
    [InlineData("it's", "'it'\\''s'")]
    [InlineData("$(x)", "'$(x)'")]
    public void Quote_Value_IsTheExpectedWord(string value, string word) => Assert.Equal(word, ShellText.Quote(value));

    [Fact]
    public void Quote_EveryHostileValue_BashReadsBackExactly()
    {
        Assert.SkipUnless(File.Exists("/bin/bash"), "bash is not installed");
        // One bash run prints each quoted word NUL-terminated; what it prints must be the values themselves.
        var script = string.Concat(Values.Select(v => $"printf '%s\\0' {ShellText.Quote(v)}\n"));
        var start = new ProcessStartInfo("/bin/bash") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        process.StandardInput.Write(script);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(0, process.ExitCode);
        Assert.Equal(Values, output.Split('\0')[..^1]);
    }

    [Fact]
    public void Comment_LineBreakInText_StaysOneLine() =>
        Assert.Equal("# a\\nrm -rf /\\r\\x1b[2J", ShellText.Comment("a\nrm -rf /\r\u001b[2J"));
}
