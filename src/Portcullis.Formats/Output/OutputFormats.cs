using System.Collections.Immutable;

namespace Portcullis.Formats.Output;

/// <summary>
/// The formats a writer offers, in the order help lists them, with the default first: what a command's
/// <c>--format</c> accepts and how its help describes them, declared by the writer that implements them.
/// </summary>
/// <typeparam name="TFormat">The writer's format enum (several writers may share one and offer different subsets).</typeparam>
public sealed class OutputFormats<TFormat>
    where TFormat : struct, Enum
{
    private OutputFormats(ImmutableArray<OutputFormat<TFormat>> entries, bool serialComma)
    {
        Entries = entries;
        SerialComma = serialComma;
    }

    /// <summary>The formats, the default first.</summary>
    public ImmutableArray<OutputFormat<TFormat>> Entries { get; }

    /// <summary>The format written when none is asked for.</summary>
    public TFormat Default => Entries[0].Format;

    /// <summary>The names, in order.</summary>
    public IEnumerable<string> Names => Entries.Select(e => e.Name);

    /// <summary>Whether the help list puts a comma before its final "or" (<c>a, b, or c</c>).</summary>
    public bool SerialComma { get; }

    /// <summary>Declares formats with the given help texts; each name is the value's own name in lower case.</summary>
    /// <param name="formats">Each format and its help text, the default first.</param>
    public static OutputFormats<TFormat> Of(params ReadOnlySpan<(TFormat Format, string Help)> formats) => Create(formats, serialComma: false);

    /// <summary>As <see cref="Of"/>, with a comma before the final "or" in help.</summary>
    /// <param name="formats">Each format and its help text, the default first.</param>
    public static OutputFormats<TFormat> WithSerialComma(params ReadOnlySpan<(TFormat Format, string Help)> formats) => Create(formats, serialComma: true);

    /// <summary>Whether the writer writes <paramref name="format"/>.</summary>
    public bool Contains(TFormat format) => Entries.Any(e => EqualityComparer<TFormat>.Default.Equals(e.Format, format));

    /// <summary>The format named <paramref name="name"/> (ignoring case), if the writer offers it.</summary>
    public bool TryFind(string? name, out TFormat format)
    {
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                format = entry.Format;
                return true;
            }
        }

        format = default;
        return false;
    }

    /// <summary>The help sentence: <c>Output format: txt (the default), md or json.</c></summary>
    public string Describe()
    {
        var helps = Entries.Select(e => e.Help).ToList();
        var list = helps.Count == 1
            ? helps[0]
            : string.Join(", ", helps.Take(helps.Count - 1)) + (SerialComma ? ", or " : " or ") + helps[^1];
        return $"Output format: {list}.";
    }

    private static OutputFormats<TFormat> Create(ReadOnlySpan<(TFormat Format, string Help)> formats, bool serialComma)
    {
        if (formats.IsEmpty)
        {
            throw new ArgumentException("A writer offers at least one format.", nameof(formats));
        }

        var entries = ImmutableArray.CreateBuilder<OutputFormat<TFormat>>(formats.Length);
        foreach (var (format, help) in formats)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(help);
            if (!Enum.IsDefined(format) || entries.Any(e => EqualityComparer<TFormat>.Default.Equals(e.Format, format)))
            {
                throw new ArgumentException($"The format {format} is not defined or is listed twice.", nameof(formats));
            }

            entries.Add(new OutputFormat<TFormat>(format, format.ToString().ToLowerInvariant(), help));
        }

        return new OutputFormats<TFormat>(entries.MoveToImmutable(), serialComma);
    }
}
