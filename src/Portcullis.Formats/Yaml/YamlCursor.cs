using System.Globalization;
using Portcullis.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Portcullis.Formats.Yaml;

/// <summary>
/// A position in a YAML (or JSON) document with the file, path, line and column to report problems at; readers
/// walk documents with it and report every problem rather than stopping at the first.
/// </summary>
public readonly struct YamlCursor
{
    private readonly DiagnosticBag _diagnostics;
    private readonly SourceLocation? _parent;

    /// <summary>A cursor on <paramref name="node"/> (null, or a plain null scalar, for a missing value), at <paramref name="path"/> of <paramref name="file"/>; <paramref name="parent"/> locates a missing key.</summary>
    public YamlCursor(YamlNode? node, string file, string path, DiagnosticBag diagnostics, SourceLocation? parent = null)
    {
        Node = node is YamlScalarNode { Value: null or "" or "~" or "null", Style: not (YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted) } ? null : node;
        File = file;
        Path = path;
        _diagnostics = diagnostics;
        _parent = parent;
    }

    /// <summary>The node, or <see langword="null"/> when the key is missing or its value is null.</summary>
    public YamlNode? Node { get; }

    /// <summary>The file, as the user named it.</summary>
    public string File { get; }

    /// <summary>The path of the node, such as <c>$.workerPools[0].subnets[1].cidr</c>.</summary>
    public string Path { get; }

    /// <summary>The file, path, and the node's line and column (the parent's, for a missing key).</summary>
    public SourceLocation Location => Node is { } node
        ? new SourceLocation(File, Path, (int)node.Start.Line, (int)node.Start.Column)
        : _parent is { } parent ? parent with { Path = Path } : new SourceLocation(File, Path);

    /// <summary>Whether the key is missing or null.</summary>
    public bool IsMissing => Node is null;

    /// <summary>Whether the node is a mapping.</summary>
    public bool IsMapping => Node is YamlMappingNode;

    /// <summary>Whether the node is a list.</summary>
    public bool IsSequence => Node is YamlSequenceNode;

    /// <summary>The value of <paramref name="key"/> in this mapping (missing when absent).</summary>
    public YamlCursor this[string key]
    {
        get
        {
            var path = $"{Path}.{key}";
            if (Node is YamlMappingNode mapping)
            {
                foreach (var (k, v) in mapping.Children)
                {
                    if (k is YamlScalarNode scalar && scalar.Value == key)
                    {
                        return new YamlCursor(v, File, path, _diagnostics, Location);
                    }
                }
            }

            return new YamlCursor(null, File, path, _diagnostics, Location);
        }
    }

    /// <summary>Whether the mapping has <paramref name="key"/> with a value.</summary>
    public bool Has(string key) => !this[key].IsMissing;

    /// <summary>The first of the keys present, for fields with several spellings across CLI versions.</summary>
    public YamlCursor Any(params string[] keys)
    {
        foreach (var key in keys)
        {
            var child = this[key];
            if (!child.IsMissing)
            {
                return child;
            }
        }

        return this[keys[0]];
    }

    /// <summary>The key-value pairs of this mapping, in document order (none when it is not a mapping).</summary>
    public IEnumerable<(string Key, YamlCursor Value)> Entries()
    {
        if (Node is not YamlMappingNode mapping)
        {
            yield break;
        }

        foreach (var (k, v) in mapping.Children)
        {
            var key = (k as YamlScalarNode)?.Value ?? k.ToString();
            yield return (key, new YamlCursor(v, File, $"{Path}.{key}", _diagnostics, Location));
        }
    }

    /// <summary>The items of a sequence; a missing node has none; anything else is reported.</summary>
    public IEnumerable<YamlCursor> Items()
    {
        if (Node is YamlSequenceNode sequence)
        {
            var index = 0;
            foreach (var item in sequence.Children)
            {
                yield return new YamlCursor(item, File, $"{Path}[{index++}]", _diagnostics, Location);
            }
        }
        else if (Node is not null)
        {
            Report(FormatDiagnostics.WrongNodeKind, "a list", Describe());
        }
    }

    /// <summary>The scalar text, or null when missing (a mapping or list is reported).</summary>
    public string? Text()
    {
        if (Node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        if (Node is not null)
        {
            Report(FormatDiagnostics.WrongNodeKind, "a value", Describe());
        }

        return null;
    }

    /// <summary>The trimmed text of a scalar that must be there; reports <paramref name="what"/> as required when missing.</summary>
    public string? Required(string what)
    {
        var text = Text();
        if (string.IsNullOrWhiteSpace(text))
        {
            if (Node is null)
            {
                Report(FormatDiagnostics.RequiredValueMissing, what, string.Empty);
            }

            return null;
        }

        return text.Trim();
    }

    /// <summary>The scalar as an integer from <paramref name="min"/> to <paramref name="max"/>, or null (reported) when it is something else.</summary>
    public int? Int(int min, int max)
    {
        var text = Text();
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Report(FormatDiagnostics.InvalidScalar, text, $"a number from {min} to {max}");
        return null;
    }

    /// <summary>The scalar as true or false, or null (reported) when it is something else.</summary>
    public bool? Bool()
    {
        var text = Text();
        if (text is null)
        {
            return null;
        }

        if (bool.TryParse(text.Trim(), out var value))
        {
            return value;
        }

        Report(FormatDiagnostics.InvalidScalar, text, "true or false");
        return null;
    }

    /// <summary>The strings of a list, or of a single scalar.</summary>
    public List<(string Text, YamlCursor At)> Strings()
    {
        if (Node is YamlScalarNode && Text() is { } single)
        {
            return [(single.Trim(), this)];
        }

        return [.. Items().Select(i => (i.Text()?.Trim(), i)).Where(p => !string.IsNullOrEmpty(p.Item1)).Select(p => (p.Item1!, p.i))];
    }

    /// <summary>Warns about keys of a mapping that are not among <paramref name="known"/> (likely typos).</summary>
    public void WarnUnknownKeys(params string[] known)
    {
        foreach (var (key, value) in Entries())
        {
            if (!known.Contains(key, StringComparer.Ordinal))
            {
                value.Report(FormatDiagnostics.UnknownKey, key, string.Join(", ", known));
            }
        }
    }

    /// <summary>Reports a diagnostic of the kind <paramref name="descriptor"/> describes at this node.</summary>
    public void Report(DiagnosticDescriptor descriptor, params object?[] arguments) => _diagnostics.Report(descriptor, Location, arguments);

    /// <summary>A short description of the node for messages.</summary>
    public string Describe() => Node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode scalar => $"'{scalar.Value}'",
        _ => "nothing",
    };
}
