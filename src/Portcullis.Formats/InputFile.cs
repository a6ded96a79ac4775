using System.Diagnostics.CodeAnalysis;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Formats;

/// <summary>Opening a file a user named, with the problem reported in their words (file, reason) instead of thrown.</summary>
public static class InputFile
{
    /// <summary>
    /// Runs <paramref name="open"/> on <paramref name="path"/>; when the file cannot be read, reports
    /// "cannot read the <paramref name="what"/>: no such file / permission denied / ..." under <paramref name="code"/>.
    /// </summary>
    public static bool TryOpen<T>(string path, Func<string, T> open, DiagnosticBag diagnostics, string code, string what, [NotNullWhen(true)] out T? result)
    {
        try
        {
            result = open(path)!;
            return true;
        }
        catch (Exception e) when (IsReadProblem(e))
        {
            diagnostics.Error(code, $"cannot read the {what}: {Reason(e)}", new SourceLocation(path));
            result = default;
            return false;
        }
    }

    /// <summary>Whether <paramref name="error"/> is the file's problem (missing, denied, a bad name), not a bug.</summary>
    public static bool IsReadProblem(Exception error) =>
        error is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException;

    private static string Reason(Exception error) => error switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        UnauthorizedAccessException => "permission denied",
        _ => error.Message,
    };
}
