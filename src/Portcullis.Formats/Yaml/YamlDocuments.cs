using Portcullis.Core.Diagnostics;
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
        return InputFile.TryOpen(path, InputFile.ReadAllText, diagnostics, FormatDiagnostics.YamlFileUnreadable, noun, out var text)
            && TryLoad(text, path, diagnostics, what, out root);
    }

    /// <summary>Parses text; an empty document or a syntax error is reported.</summary>
    public static bool TryLoad(string text, string file, DiagnosticBag diagnostics, string what, out YamlCursor root)
    {
        root = default;
        if (!YamlInput.TryLoad(text, out var stream, out var error))
        {
            diagnostics.Report(error.IsLimit ? FormatDiagnostics.InputLimitExceeded : FormatDiagnostics.MalformedYaml, new SourceLocation(file, null, error.Line, error.Column), error.Message);
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
}
