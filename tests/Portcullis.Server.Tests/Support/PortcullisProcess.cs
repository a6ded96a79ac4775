using System.Diagnostics;

namespace Portcullis.Server.Tests.Support;

/// <summary>The built <c>portcullis</c> command (beside the tests), run as a process of its own.</summary>
internal static class PortcullisProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "portcullis.dll");

    public static ProcessStartInfo StartInfo(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>Runs a command to its end and returns its standard output as bytes.</summary>
    public static async Task<(int Code, byte[] Output, string Error)> RunAsync(params string[] arguments)
    {
        using var process = Process.Start(StartInfo(arguments))!;
        using var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output, TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        await copy;
        return (process.ExitCode, output.ToArray(), await error);
    }
}
