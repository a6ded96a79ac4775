using Portcullis.Core.Diagnostics;
using Portcullis.Formats.Json;

namespace Portcullis.Formats.TerraformShow;

/// <summary>
/// Maps the JSON paths of a translated document (<c>$.network_acls[3].rules[2].source</c>) back to where the value
/// came from in the user's file: the Terraform address with its attribute (<c>module.vpc.ibm_is_network_acl.workers.rules[2].source</c>)
/// as the location's path, and the line and column of the value in the file.
/// </summary>
internal sealed class SourceMap
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _tracked = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, (int Line, int Column)> _positions = new Dictionary<string, (int, int)>();
    private readonly string _file;

    public SourceMap(string file) => _file = file;

    /// <summary>Records that <paramref name="apiPath"/> was written from the value at <paramref name="address"/> in the user's terms.</summary>
    /// <param name="apiPath">The path in the translated document.</param>
    /// <param name="address">The Terraform address with the attribute, or the export's JSON path.</param>
    /// <param name="jsonPath">The JSON path of the value in the user's file.</param>
    /// <param name="container">Whether paths below <paramref name="apiPath"/> that are not recorded keep their remainder (an object whose fields have the same names).</param>
    public void Add(string apiPath, string address, string jsonPath, bool container = false) => _entries[apiPath] = new Entry(address, jsonPath, container);

    /// <summary>Finds the line and column of every recorded value in the user's file (once, after translating).</summary>
    public void ResolvePositions(ReadOnlySpan<byte> utf8Json)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var jsonPath in _entries.Values.Select(e => e.JsonPath).Concat(_tracked))
        {
            for (var path = jsonPath; path.Length > 1; path = Parent(path))
            {
                wanted.Add(path);
            }
        }

        _positions = JsonSourcePositions.Find(utf8Json, wanted);
    }

    /// <summary>Asks for the position of a JSON path of the user's file that no translated value records (a diagnostic's place).</summary>
    public void Track(string jsonPath) => _tracked.Add(jsonPath);

    /// <summary>The location of <paramref name="address"/>, at the position of <paramref name="jsonPath"/> (tracked or recorded before <see cref="ResolvePositions"/>).</summary>
    public SourceLocation At(string address, string jsonPath)
    {
        var (line, column) = Position(jsonPath);
        return new SourceLocation(_file, address, line, column);
    }

    /// <summary>The location of a path of the translated document.</summary>
    public SourceLocation Locate(string apiPath)
    {
        var remainder = string.Empty;
        for (var path = apiPath; path.Length > 1; path = Parent(path))
        {
            if (_entries.TryGetValue(path, out var entry))
            {
                var address = entry.Container ? entry.Address + remainder : entry.Address;
                var (line, column) = Position(entry.JsonPath + (entry.Container ? remainder : string.Empty));
                return new SourceLocation(_file, address, line, column);
            }

            remainder = apiPath[Parent(path).Length..];
        }

        return new SourceLocation(_file);
    }

    private (int? Line, int? Column) Position(string jsonPath)
    {
        // A value the plan knows only after apply is absent from "after": point at the nearest enclosing value.
        for (var path = jsonPath; path.Length > 1; path = Parent(path))
        {
            if (_positions.TryGetValue(path, out var at))
            {
                return (at.Line, at.Column);
            }
        }

        return (null, null);
    }

    /// <summary>The path without its last step (<c>.name</c> or <c>[i]</c>).</summary>
    internal static string Parent(string path)
    {
        var end = path.Length - 1;
        if (path[end] == ']')
        {
            return path[..path.LastIndexOf('[')];
        }

        var dot = path.LastIndexOf('.');
        var bracket = path.LastIndexOf(']');
        return dot > bracket ? path[..dot] : path[..(bracket + 1)];
    }

    private sealed record Entry(string Address, string JsonPath, bool Container);
}
