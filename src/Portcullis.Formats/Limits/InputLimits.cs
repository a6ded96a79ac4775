using System.Globalization;

namespace Portcullis.Formats.Limits;

/// <summary>
/// The bounds every reader keeps to, so that a small hostile file cannot take unbounded memory or time: the size of
/// a file, the nesting depth of JSON and YAML, the length of one string, the nodes YAML aliases may expand to, and,
/// for compressed flow logs, the records and bytes of one object. Each has a default and an environment variable that
/// raises (or lowers) it; docs/security.md lists them.
/// </summary>
/// <param name="MaxFileBytes">The largest input file, in bytes.</param>
/// <param name="MaxDepth">The deepest nesting of JSON arrays and objects or YAML sequences and mappings.</param>
/// <param name="MaxStringBytes">The longest single string (a JSON string or YAML scalar), in bytes of UTF-8 as written.</param>
/// <param name="MaxAliasNodes">How many nodes the aliases of one YAML stream may stand for in all.</param>
/// <param name="MaxObjectRecords">The most flow-log records one object may hold.</param>
/// <param name="MaxObjectBytes">The largest decompressed flow-log object, in bytes.</param>
public sealed record InputLimits(long MaxFileBytes, int MaxDepth, int MaxStringBytes, long MaxAliasNodes, long MaxObjectRecords, long MaxObjectBytes)
{
    /// <summary>The environment variable for <see cref="MaxFileBytes"/>.</summary>
    public const string FileBytesVariable = "PORTCULLIS_MAX_INPUT_BYTES";

    /// <summary>The environment variable for <see cref="MaxDepth"/>.</summary>
    public const string DepthVariable = "PORTCULLIS_MAX_DEPTH";

    /// <summary>The environment variable for <see cref="MaxStringBytes"/>.</summary>
    public const string StringBytesVariable = "PORTCULLIS_MAX_STRING_BYTES";

    /// <summary>The environment variable for <see cref="MaxAliasNodes"/>.</summary>
    public const string AliasNodesVariable = "PORTCULLIS_MAX_YAML_ALIAS_NODES";

    /// <summary>The environment variable for <see cref="MaxObjectRecords"/>.</summary>
    public const string ObjectRecordsVariable = "PORTCULLIS_MAX_OBJECT_RECORDS";

    /// <summary>The environment variable for <see cref="MaxObjectBytes"/>.</summary>
    public const string ObjectBytesVariable = "PORTCULLIS_MAX_OBJECT_BYTES";

    private static readonly AsyncLocal<InputLimits?> Scoped = new();

    private static readonly Lazy<InputLimits> FromProcess = new(() => FromVariables(Environment.GetEnvironmentVariable));

    /// <summary>
    /// The defaults: 256 MiB per file, 64 levels (System.Text.Json's own default), 1 MiB per string, 100,000 nodes
    /// through aliases (real files use a handful; an alias bomb needs billions), 10 million records and 1 GiB per
    /// decompressed flow-log object (the collector writes objects of minutes of traffic, far below both).
    /// </summary>
    public static InputLimits Default { get; } = new(256L << 20, 64, 1 << 20, 100_000, 10_000_000, 1L << 30);

    /// <summary>The limits in force: those a test or host set with <see cref="Use"/>, else the defaults as the process environment changes them.</summary>
    public static InputLimits Current => Scoped.Value ?? FromProcess.Value;

    /// <summary>The defaults, each replaced by its environment variable when that holds a positive whole number.</summary>
    /// <param name="variable">Reads an environment variable.</param>
    public static InputLimits FromVariables(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var defaults = Default;
        return new(
            Read(variable, FileBytesVariable, defaults.MaxFileBytes),
            (int)Math.Min(Read(variable, DepthVariable, defaults.MaxDepth), 100_000),
            (int)Math.Min(Read(variable, StringBytesVariable, defaults.MaxStringBytes), int.MaxValue),
            Read(variable, AliasNodesVariable, defaults.MaxAliasNodes),
            Read(variable, ObjectRecordsVariable, defaults.MaxObjectRecords),
            Read(variable, ObjectBytesVariable, defaults.MaxObjectBytes));
    }

    /// <summary>Makes <paramref name="limits"/> the current limits for this asynchronous flow until the result is disposed.</summary>
    /// <param name="limits">The limits to use.</param>
    public static IDisposable Use(InputLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var previous = Scoped.Value;
        Scoped.Value = limits;
        return new Restore(previous);
    }

    /// <summary>How a limit is named in an error: its value and how to change it.</summary>
    /// <param name="value">The limit's value, as words (<c>64 levels</c>).</param>
    /// <param name="variable">Its environment variable.</param>
    public static string Describe(string value, string variable) => $"the limit is {value}; set {variable} to raise it";

    /// <summary>A byte count as people read it: whole MiB or KiB where exact, else bytes.</summary>
    /// <param name="bytes">The count.</param>
    public static string Bytes(long bytes) => bytes switch
    {
        >= 1 << 20 when bytes % (1 << 20) == 0 => $"{(bytes >> 20).ToString(CultureInfo.InvariantCulture)} MiB",
        >= 1 << 10 when bytes % (1 << 10) == 0 => $"{(bytes >> 10).ToString(CultureInfo.InvariantCulture)} KiB",
        _ => $"{bytes.ToString(CultureInfo.InvariantCulture)} bytes",
    };

    private static long Read(Func<string, string?> variable, string name, long fallback) =>
        long.TryParse(variable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;

    private sealed class Restore(InputLimits? previous) : IDisposable
    {
        public void Dispose() => Scoped.Value = previous;
    }
}
