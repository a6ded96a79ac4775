using System.Diagnostics.CodeAnalysis;
using System.Text;
using Portcullis.Core.Diagnostics;
using Portcullis.Formats.Limits;

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

    /// <summary>
    /// Reads a whole file, refusing one larger than <see cref="InputLimits.MaxFileBytes"/> with an
    /// <see cref="InputTooLargeException"/> as soon as the limit is passed: a device such as <c>/dev/zero</c> or a
    /// FIFO that never ends is read no further than the limit.
    /// </summary>
    /// <param name="path">The file.</param>
    public static byte[] ReadAllBytes(string path)
    {
        var limit = InputLimits.Current.MaxFileBytes;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        if (stream.CanSeek && stream.Length > limit)
        {
            throw new InputTooLargeException(limit);
        }

        // Files in /proc and devices report a length of 0 whatever they hold, so the length is only a hint.
        using var buffer = new MemoryStream(stream.CanSeek ? (int)Math.Min(stream.Length, int.MaxValue - 1) : 0);
        var chunk = new byte[1 << 16];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new InputTooLargeException(limit);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Reads a whole text file (UTF-8, or as its byte order mark says) within <see cref="InputLimits.MaxFileBytes"/>, as <see cref="ReadAllBytes"/> does.</summary>
    /// <param name="path">The file.</param>
    public static string ReadAllText(string path)
    {
        using var reader = new StreamReader(new MemoryStream(ReadAllBytes(path)), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
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
