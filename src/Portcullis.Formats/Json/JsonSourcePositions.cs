using System.Text;
using System.Text.Json;

namespace Portcullis.Formats.Json;

/// <summary>
/// Finds where JSON paths (<c>$.network_acls[1].rules[2]</c>, as readers record them) start in a document: the
/// line and column tools such as code scanning need to point into the user's file.
/// </summary>
public static class JsonSourcePositions
{
    /// <summary>
    /// The 1-based line and column (in UTF-16 code units, as SARIF counts by default) of each wanted path that the
    /// document has. A malformed document yields the positions found before the fault.
    /// </summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="paths">The paths to find.</param>
    public static IReadOnlyDictionary<string, (int Line, int Column)> Find(ReadOnlySpan<byte> utf8Json, IReadOnlySet<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var found = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        if (paths.Count == 0)
        {
            return found;
        }

        var offsets = new Dictionary<string, long>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });

        // One frame per open container: its path, whether it is an array, and the next index or the pending property name.
        var frames = new Stack<(string Path, bool IsArray, int Next, string? Property)>();
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    var frame = frames.Pop();
                    frames.Push(frame with { Property = reader.GetString() });
                    continue;
                }

                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    frames.Pop();
                    continue;
                }

                var path = "$";
                if (frames.Count > 0)
                {
                    var parent = frames.Pop();
                    path = parent.IsArray ? $"{parent.Path}[{parent.Next}]" : $"{parent.Path}.{parent.Property}";
                    frames.Push(parent.IsArray ? parent with { Next = parent.Next + 1 } : parent with { Property = null });
                }

                if (paths.Contains(path))
                {
                    offsets.TryAdd(path, reader.TokenStartIndex);
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Push((path, reader.TokenType == JsonTokenType.StartArray, 0, null));
                }
            }
        }
        catch (JsonException)
        {
            // Keep what was found before the fault; the reader reports the fault itself.
        }

        foreach (var (path, offset) in offsets)
        {
            found[path] = LineAndColumn(utf8Json, (int)offset);
        }

        return found;
    }

    private static (int Line, int Column) LineAndColumn(ReadOnlySpan<byte> utf8Json, int offset)
    {
        var before = utf8Json[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (line, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }
}
