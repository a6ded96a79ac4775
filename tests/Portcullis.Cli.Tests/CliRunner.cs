namespace Portcullis.Cli.Tests;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = PortcullisApp.Run(args, output, error);
        return new Result(code, output.ToString(), error.ToString());
    }
}
