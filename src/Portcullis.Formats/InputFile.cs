using System.Diagnostics.CodeAnalysis;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Formats;

/// <summary>Opening a file a user named, with the problem reported in their words (file, reason) instead of thrown.</summary>
public static class InputFile
{
    /// <summary>
    /// Runs <paramref name="open"/> on <paramref name="path"/>; when the file cannot be read, reports
    /// <paramref name="descriptor"/> (a template <c>cannot read the {0}: {1}</c>) with <paramref name="what"/> and
    /// the reason: no such file, permission denied ...
    /// </summary>
    public static bool TryOpen<T>(string path, Func<string, T> open, DiagnosticBag diagnostics, DiagnosticDescriptor descriptor, string what, [NotNullWhen(true)] out T? result)
    {
        try
        {
            result = open(path)!;
            return true;
        }
        catch (Exception e) when (IsReadProblem(e))
        {
            diagnostics.Report(descriptor, new SourceLocation(path), what, Reason(e));
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
