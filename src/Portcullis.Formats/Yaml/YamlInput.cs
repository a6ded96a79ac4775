using System.Diagnostics.CodeAnalysis;
using Portcullis.Formats.Limits;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Portcullis.Formats.Yaml;

/// <summary>
/// The one way YAML (and JSON read as YAML) is loaded into nodes, by every YAML reader: the parser's events pass
/// through <see cref="LimitedYamlParser"/>, which stops nesting past <see cref="InputLimits.MaxDepth"/> before the
/// node builder recurses into it (100,000 levels overflowed the stack), a scalar longer than
/// <see cref="InputLimits.MaxStringBytes"/>, and aliases that stand for more than <see cref="InputLimits.MaxAliasNodes"/>
/// nodes (an alias bomb used as a mapping key hashes every node it stands for).
/// </summary>
public static class YamlInput
{
    /// <summary>Loads every document of <paramref name="text"/>; a syntax error or a passed limit is returned with its position instead.</summary>
    /// <param name="text">The text.</param>
    /// <param name="stream">The documents, when loaded.</param>
    /// <param name="error">The problem, when not.</param>
    public static bool TryLoad(string text, [NotNullWhen(true)] out YamlStream? stream, out YamlLoadError error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new LimitedYamlParser(new Parser(new StringReader(text)), InputLimits.Current);
        var loaded = new YamlStream();
        try
        {
            loaded.Load(parser);
        }
        catch (YamlException e)
        {
            stream = null;
            var message = parser.LimitPassed ?? (e.InnerException is { } inner && e.Message.Contains("see inner", StringComparison.OrdinalIgnoreCase) ? inner.Message : e.Message);
            error = new YamlLoadError((int)e.Start.Line, (int)e.Start.Column, FirstLine(message), parser.LimitPassed is not null);
            return false;
        }
        catch (ArgumentException e)
        {
            // The node builder refuses an event it cannot place (found by AFL++ in "- from:\n    :\n") with an
            // ArgumentException, not a YamlException: it is the input's fault all the same, at the parser's position.
            stream = null;
            var at = parser.Current?.Start ?? Mark.Empty;
            error = new YamlLoadError((int)at.Line, (int)at.Column, $"the YAML is not well-formed here ({e.GetType().Name})", false);
            return false;
        }

        stream = loaded;
        error = default;
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
