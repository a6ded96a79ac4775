using System.Globalization;
using Portcullis.Core.Diagnostics;
using Portcullis.Formats.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Portcullis.Policies.Formats.Reading;

/// <summary>
/// A located YAML node with the checks the Kubernetes API and calicoctl apply: types, known fields, value shapes.
/// Every problem goes to the bag with the file, document, path and line; readers go on after a problem.
/// </summary>
internal readonly struct Node
{
    private readonly YamlCursor _cursor;
    private readonly DiagnosticBag _diagnostics;

    public Node(YamlCursor cursor, DiagnosticBag diagnostics)
    {
        _cursor = cursor;
        _diagnostics = diagnostics;
    }

    public bool IsMissing => _cursor.IsMissing;

    public bool IsMapping => _cursor.IsMapping;

    public bool IsSequence => _cursor.IsSequence;

    public bool IsScalar => _cursor.Node is YamlScalarNode;

    public SourceLocation Location => _cursor.Location;

    public string Path => _cursor.Path;

    /// <summary>Whether the key is present (even with a null value).</summary>
    public bool HasKey(string key) => _cursor.Node is YamlMappingNode mapping && mapping.Children.Keys.Any(k => k is YamlScalarNode s && s.Value == key);

    public Node this[string key] => new(_cursor[key], _diagnostics);

    public IEnumerable<(string Key, Node Value)> Entries()
    {
        var diagnostics = _diagnostics;
        return _cursor.Entries().Select(e => (e.Key, new Node(e.Value, diagnostics)));
    }

    /// <summary>The items of a list (none when missing; a non-list is reported).</summary>
    public IEnumerable<Node> Items()
    {
        if (_cursor.Node is YamlSequenceNode)
        {
            foreach (var item in _cursor.Items())
            {
                yield return new Node(item, _diagnostics);
            }
        }
        else if (!IsMissing)
        {
            Report(PolicyDiagnostics.WrongType, $"expected a list, found {_cursor.Describe()}");
        }
    }

    /// <summary>The items of a list, and nothing for anything else (live-cluster output is read leniently).</summary>
    public IEnumerable<Node> ItemsIfAny() => IsSequence ? Items() : [];

    /// <summary>Reports a problem of the kind <paramref name="descriptor"/> describes at this node.</summary>
    public void Report(DiagnosticDescriptor descriptor, params object?[] arguments) => _diagnostics.Report(descriptor, Location, arguments);

    /// <summary>Reports fields not among <paramref name="known"/>, as kubectl's and calicoctl's strict decoding do.</summary>
    public void RejectUnknownFields(string what, params string[] known)
    {
        foreach (var (key, value) in Entries())
        {
            if (!known.Contains(key, StringComparer.Ordinal))
            {
                value.Report(PolicyDiagnostics.UnknownField, what, key, string.Join(", ", known));
            }
        }
    }

    /// <summary>Requires a mapping; reports anything else (a missing node is reported when <paramref name="required"/>).</summary>
    public bool ExpectMapping(string what, bool required = false)
    {
        if (IsMapping)
        {
            return true;
        }

        if (IsMissing)
        {
            if (required)
            {
                Report(PolicyDiagnostics.MissingField, $"{what} is required");
            }
        }
        else
        {
            Report(PolicyDiagnostics.WrongType, $"{what} must be a mapping, not {_cursor.Describe()}");
        }

        return false;
    }

    public bool ExpectSequence(string what)
    {
        if (IsSequence)
        {
            return true;
        }

        if (!IsMissing)
        {
            Report(PolicyDiagnostics.WrongType, $"{what} must be a list, not {_cursor.Describe()}");
        }

        return false;
    }

    /// <summary>The scalar's text when it is a string in YAML's sense (quoted, or plain and not a number, boolean or null).</summary>
    public string? String(string what, bool required = false)
    {
        if (IsMissing)
        {
            if (required)
            {
                Report(PolicyDiagnostics.MissingField, $"{what} is required");
            }

            return null;
        }

        if (_cursor.Node is not YamlScalarNode scalar)
        {
            Report(PolicyDiagnostics.WrongType, $"{what} must be a string, not {_cursor.Describe()}");
            return null;
        }

        if (scalar.Style == ScalarStyle.Plain && IsNonStringPlain(scalar.Value ?? ""))
        {
            Report(PolicyDiagnostics.WrongType, $"{what} must be a string, not the {PlainType(scalar.Value ?? "")} {scalar.Value}");
            return null;
        }

        return scalar.Value ?? "";
    }

    /// <summary>The scalar's text whatever its YAML type (for fields that accept numbers and strings alike).</summary>
    public string? Text(string what)
    {
        if (IsMissing)
        {
            return null;
        }

        if (_cursor.Node is YamlScalarNode scalar)
        {
            return scalar.Value ?? "";
        }

        Report(PolicyDiagnostics.WrongType, $"{what} must be a value, not {_cursor.Describe()}");
        return null;
    }

    /// <summary>Whether the scalar is a plain (unquoted) integer.</summary>
    public bool IsPlainInteger => _cursor.Node is YamlScalarNode { Style: ScalarStyle.Plain } s && long.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    /// <summary>An integer field (a plain number; a quoted one is reported unless <paramref name="acceptQuoted"/>).</summary>
    public long? Integer(string what, long min, long max, bool acceptQuoted = false)
    {
        if (IsMissing)
        {
            return null;
        }

        if (_cursor.Node is YamlScalarNode scalar
            && (scalar.Style == ScalarStyle.Plain || acceptQuoted)
            && long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            if (value < min || value > max)
            {
                Report(PolicyDiagnostics.InvalidValue, $"{what} {value} is not within {min}-{max}");
                return null;
            }

            return value;
        }

        Report(PolicyDiagnostics.WrongType, $"{what} must be a number, not {_cursor.Describe()}");
        return null;
    }

    public double? Number(string what)
    {
        if (IsMissing)
        {
            return null;
        }

        if (_cursor.Node is YamlScalarNode { Style: ScalarStyle.Plain } scalar
            && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        Report(PolicyDiagnostics.WrongType, $"{what} must be a number, not {_cursor.Describe()}");
        return null;
    }

    public bool? Boolean(string what)
    {
        if (IsMissing)
        {
            return null;
        }

        if (_cursor.Node is YamlScalarNode scalar && bool.TryParse(scalar.Value, out var value))
        {
            return value;
        }

        Report(PolicyDiagnostics.WrongType, $"{what} must be true or false, not {_cursor.Describe()}");
        return null;
    }

    public string Describe() => _cursor.Describe();

    private static bool IsNonStringPlain(string value) =>
        value is "true" or "false" or "True" or "False" or "TRUE" or "FALSE" or "null" or "Null" or "NULL" or "~"
        || long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
        || (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) && value.Any(char.IsAsciiDigit) && !value.Contains(':', StringComparison.Ordinal));

    private static string PlainType(string value) =>
        long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) || double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? "number"
            : value is "null" or "Null" or "NULL" or "~" ? "null" : "boolean";
}
