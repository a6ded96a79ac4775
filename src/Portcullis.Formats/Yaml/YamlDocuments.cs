using Portcullis.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Portcullis.Formats.Yaml;

/// <summary>Loads YAML (and JSON, which YAML reads too) into a node tree, reporting syntax errors at their line and column.</summary>
public static class YamlDocuments
{
    /// <summary>Reads a file; a missing or unreadable file is reported with its name.</summary>
    public static bool TryLoadFile(string path, DiagnosticBag diagnostics, string what, out YamlCursor root)
    {
        root = default;
        var noun = what.StartsWith("a ", StringComparison.Ordinal) ? what[2..] : what.StartsWith("an ", StringComparison.Ordinal) ? what[3..] : what;
        return InputFile.TryOpen(path, File.ReadAllText, diagnostics, FormatDiagnostics.YamlFileUnreadable, noun, out var text)
            && TryLoad(text, path, diagnostics, what, out root);
    }

    /// <summary>Parses text; an empty document or a syntax error is reported.</summary>
    public static bool TryLoad(string text, string file, DiagnosticBag diagnostics, string what, out YamlCursor root)
    {
        root = default;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var message = e.InnerException is { } inner && e.Message.Contains("see inner", StringComparison.OrdinalIgnoreCase) ? inner.Message : e.Message;
            diagnostics.Report(FormatDiagnostics.MalformedYaml, new SourceLocation(file, null, (int)e.Start.Line, (int)e.Start.Column), FirstLine(message));
            return false;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            diagnostics.Report(FormatDiagnostics.YamlDocumentEmpty, new SourceLocation(file), what);
            return false;
        }

        root = new YamlCursor(stream.Documents[0].RootNode, file, "$", diagnostics);
        return true;
    }

    // YamlDotNet prefixes messages with the position, which the location already gives.
    private static string FirstLine(string message)
    {
        var line = message.Split('\n')[0].Trim();
        var close = line.IndexOf("): ", StringComparison.Ordinal);
        return line.StartsWith('(') && close > 0 ? line[(close + 3)..] : line;
    }
}
