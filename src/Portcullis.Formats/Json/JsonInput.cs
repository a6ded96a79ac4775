using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Unicode;
using Portcullis.Core.Diagnostics;
using Portcullis.Formats.Limits;

namespace Portcullis.Formats.Json;

/// <summary>
/// The one way JSON input is parsed (configurations, <c>terraform show -json</c>, <c>ibmcloud</c> exports, lint
/// input): a syntax error, text that is not UTF-8, an unpaired surrogate escape (<c>"\ud800"</c>), nesting deeper
/// than <see cref="InputLimits.MaxDepth"/> or a string longer than <see cref="InputLimits.MaxStringBytes"/> is an
/// error at its line and column, so that no reader meets a string it cannot decode.
/// </summary>
public static class JsonInput
{
    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>Parses a document, reporting every undecodable or over-long string and the first syntax error, each with its position.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="file">The file to report locations with.</param>
    /// <param name="diagnostics">Receives the errors.</param>
    /// <param name="document">The document, when it has no errors.</param>
    public static bool TryParse(ReadOnlyMemory<byte> utf8Json, string file, DiagnosticBag diagnostics, [NotNullWhen(true)] out JsonDocument? document)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(diagnostics);
        document = null;

        // Editors on Windows save UTF-8 with a byte order mark; it says nothing about the content, and the parser refuses it.
        if (utf8Json.Span.StartsWith(Utf8ByteOrderMark))
        {
            utf8Json = utf8Json[Utf8ByteOrderMark.Length..];
        }

        var limits = InputLimits.Current;
        if (!Validate(utf8Json.Span, file, diagnostics, limits))
        {
            return false;
        }

        try
        {
            document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Skip, MaxDepth = limits.MaxDepth });
            return true;
        }
        catch (JsonException e)
        {
            // Validate read the same text with the same options, so this is only a safety net.
            diagnostics.Report(FormatDiagnostics.MalformedJson, new SourceLocation(file, null, (int?)e.LineNumber + 1, (int?)e.BytePositionInLine + 1), JsonSyntaxError.Describe(e));
            return false;
        }
    }

    // One pass of the reader over every token: syntax and depth as the parser sees them, and each string decoded once.
    private static bool Validate(ReadOnlySpan<byte> utf8Json, string file, DiagnosticBag diagnostics, InputLimits limits)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Skip, MaxDepth = limits.MaxDepth });
        var positions = new LinePositions(utf8Json);
        var ok = true;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
                {
                    continue;
                }

                var (descriptor, problem) = StringProblem(ref reader, limits);
                if (problem is not null)
                {
                    var (line, column) = positions.At(reader.TokenStartIndex);
                    diagnostics.Report(descriptor!, new SourceLocation(file, null, line, column), problem);
                    ok = false;
                }
            }
        }
        catch (JsonException e)
        {
            // The reader throws before it enters the level too deep, so its depth is the limit's or one short of it.
            var depth = reader.CurrentDepth >= limits.MaxDepth - 1 && e.Message.Contains("maximum", StringComparison.OrdinalIgnoreCase) && e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase);
            var message = depth
                ? $"the document nests deeper than {limits.MaxDepth} levels ({InputLimits.Describe($"{limits.MaxDepth} levels", InputLimits.DepthVariable)})"
                : JsonSyntaxError.Describe(e);
            diagnostics.Report(depth ? FormatDiagnostics.InputLimitExceeded : FormatDiagnostics.MalformedJson, new SourceLocation(file, null, (int?)e.LineNumber + 1, (int?)e.BytePositionInLine + 1), message);
            ok = false;
        }

        return ok;
    }

    private static (DiagnosticDescriptor? Descriptor, string? Problem) StringProblem(ref Utf8JsonReader reader, InputLimits limits)
    {
        var what = reader.TokenType == JsonTokenType.PropertyName ? "a property name" : "a string";
        if (reader.ValueSpan.Length > limits.MaxStringBytes)
        {
            return (FormatDiagnostics.InputLimitExceeded, $"{what} of {InputLimits.Bytes(reader.ValueSpan.Length)} is too long ({InputLimits.Describe(InputLimits.Bytes(limits.MaxStringBytes), InputLimits.StringBytesVariable)})");
        }

        if (!reader.ValueIsEscaped)
        {
            return Utf8.IsValid(reader.ValueSpan) ? default : (FormatDiagnostics.MalformedJson, $"{what} holds bytes that are not UTF-8");
        }

        try
        {
            _ = reader.GetString();
            return default;
        }
        catch (InvalidOperationException)
        {
            // The reader refuses both invalid UTF-8 and an escape of half a surrogate pair (\ud800 alone).
            return (FormatDiagnostics.MalformedJson, $"{what} holds bytes that are not UTF-8 or an unpaired surrogate escape such as \\ud800");
        }
    }

    /// <summary>Line and column (1-based, in bytes) of offsets asked for in increasing order.</summary>
    private ref struct LinePositions(ReadOnlySpan<byte> text)
    {
        private readonly ReadOnlySpan<byte> _text = text;
        private long _scanned;
        private int _line = 1;
        private long _lineStart;

        public (int Line, int Column) At(long offset)
        {
            if (offset < _scanned)
            {
                (_scanned, _line, _lineStart) = (0, 1, 0);
            }

            for (; _scanned < offset; _scanned++)
            {
                if (_text[(int)_scanned] == (byte)'\n')
                {
                    _line++;
                    _lineStart = _scanned + 1;
                }
            }

            return (_line, (int)(offset - _lineStart) + 1);
        }
    }
}
