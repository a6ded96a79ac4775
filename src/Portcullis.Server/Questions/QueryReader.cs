using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Extensions.Primitives;
using Portcullis.Core.Topology;
using Portcullis.Formats.Output;

namespace Portcullis.Server.Questions;

/// <summary>
/// Reads a question's query parameters: every problem is collected (an unknown parameter is one, so a script's typo
/// is not silently ignored), and every option read is recorded with its effective value, in a canonical order.
/// </summary>
internal sealed class QueryReader(IReadOnlyDictionary<string, StringValues> query)
{
    private readonly SortedDictionary<string, string> _canonical = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public List<string> Errors { get; } = [];

    /// <summary>The options read, with their effective values: the key of the answer.</summary>
    public string Canonical => string.Join('&', _canonical.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));

    public string? Text(string key)
    {
        _read.Add(key);
        var value = query.TryGetValue(key, out var values) ? values.ToString() : null;
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        _canonical[key] = text ?? string.Empty;
        return text;
    }

    public string? Required(string key, string what)
    {
        var text = Text(key);
        if (text is null)
        {
            Errors.Add($"'{key}' is required: {what}");
        }

        return text;
    }

    public bool Bool(string key)
    {
        var text = Text(key);
        var value = text is null ? false : text is "true" or "1" ? true : text is "false" or "0" ? false : (bool?)null;
        if (value is null)
        {
            Errors.Add($"'{key}' is '{text}': use true or false");
        }

        _canonical[key] = value == true ? "true" : "false";
        return value ?? false;
    }

    public int? Int(string key, int min, int max)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Errors.Add($"'{key}' is '{text}': use a number from {min} to {max}");
        return null;
    }

    /// <summary>A list given as repeated parameters or separated by commas.</summary>
    public ImmutableArray<string> List(string key)
    {
        _read.Add(key);
        var items = query.TryGetValue(key, out var values)
            ? [.. values.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))]
            : ImmutableArray<string>.Empty;
        _canonical[key] = string.Join(',', items);
        return items;
    }

    public T Format<T>(OutputFormats<T> formats)
        where T : struct, Enum
    {
        var text = Text("format");
        if (text is null)
        {
            _canonical["format"] = formats.Entries[0].Name;
            return formats.Default;
        }

        if (formats.TryFind(text, out var format))
        {
            _canonical["format"] = formats.Entries.First(e => EqualityComparer<T>.Default.Equals(e.Format, format)).Name;
            return format;
        }

        Errors.Add($"'format' is '{text}': use one of {string.Join(", ", formats.Names)}");
        return formats.Default;
    }

    /// <summary>One of <paramref name="names"/>, or the first when the parameter is absent.</summary>
    public T Choice<T>(string key, params (string Name, T Value)[] names)
    {
        var text = Text(key);
        if (text is null)
        {
            _canonical[key] = names[0].Name;
            return names[0].Value;
        }

        foreach (var (name, value) in names)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                _canonical[key] = name;
                return value;
            }
        }

        Errors.Add($"'{key}' is '{text}': use one of {string.Join(", ", names.Select(n => n.Name))}");
        return names[0].Value;
    }

    /// <summary>The VPC filter every analysis takes: <c>vpc</c>, <c>region</c> (repeatable) and <c>resourceGroup</c>.</summary>
    public TopologyFilter Filter()
    {
        var vpcs = List("vpc");
        var regions = List("region");
        var group = Text("resourceGroup");
        return vpcs.IsEmpty && regions.IsEmpty && group is null ? TopologyFilter.None : new TopologyFilter(vpcs, regions, group);
    }

    /// <summary>Reports parameters no option read; <paramref name="ignored"/> are parameters of the route itself.</summary>
    public void RejectUnknown(params string[] ignored)
    {
        foreach (var key in query.Keys.Where(k => !_read.Contains(k) && !ignored.Contains(k, StringComparer.Ordinal)).Order(StringComparer.Ordinal))
        {
            Errors.Add($"'{key}' is not a parameter of this question; it takes: {string.Join(", ", _read.Order(StringComparer.Ordinal))}");
        }
    }
}
