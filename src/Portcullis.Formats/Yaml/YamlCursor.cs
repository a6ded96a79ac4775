using System.Globalization;
using Portcullis.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Portcullis.Formats.Yaml;

/// <summary>
/// A position in a YAML (or JSON) document with the file, path, line and column to report problems at; readers
/// walk documents with it and report every problem rather than stopping at the first.
/// </summary>
internal readonly struct YamlCursor
{
    private readonly DiagnosticBag _diagnostics;
    private readonly SourceLocation? _parent;

    public YamlCursor(YamlNode? node, string file, string path, DiagnosticBag diagnostics, SourceLocation? parent = null)
    {
        Node = node is YamlScalarNode { Value: null or "" or "~" or "null", Style: not (YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted) } ? null : node;
        File = file;
        Path = path;
        _diagnostics = diagnostics;
        _parent = parent;
    }

    public YamlNode? Node { get; }

    public string File { get; }

    public string Path { get; }

    /// <summary>The file, path, and the node's line and column (the parent's, for a missing key).</summary>
    public SourceLocation Location => Node is { } node
        ? new SourceLocation(File, Path, (int)node.Start.Line, (int)node.Start.Column)
        : _parent is { } parent ? parent with { Path = Path } : new SourceLocation(File, Path);

    public bool IsMissing => Node is null;

    public bool IsMapping => Node is YamlMappingNode;

    public bool IsSequence => Node is YamlSequenceNode;

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
            Error("PC4002", $"expected a list, found {Describe()}");
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
            Error("PC4002", $"expected a value, found {Describe()}");
        }

        return null;
    }

    public string? Required(string what)
    {
        var text = Text();
        if (string.IsNullOrWhiteSpace(text))
        {
            if (Node is null)
            {
                Error("PC4001", $"{what} is required");
            }

            return null;
        }

        return text.Trim();
    }

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

        Error("PC4003", $"'{text}' is not a number from {min} to {max}");
        return null;
    }

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

        Error("PC4003", $"'{text}' is not true or false");
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
                value.Warning("PC4004", $"unknown key '{key}' is ignored (known: {string.Join(", ", known)})");
            }
        }
    }

    public void Error(string code, string message) => _diagnostics.Error(code, message, Location);

    public void Warning(string code, string message) => _diagnostics.Warning(code, message, Location);

    public string Describe() => Node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode scalar => $"'{scalar.Value}'",
        _ => "nothing",
    };
}
