using System.Collections.Immutable;
using System.Globalization;
using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Sets;
using Portcullis.Flows.Classification;
using Portcullis.Flows.Formats.Compression;
using Portcullis.Formats;

namespace Portcullis.Flows.Formats.ClassBench;

/// <summary>
/// Reads ClassBench (Taylor and Turner) filter sets and packet traces, the standard benchmark inputs of packet
/// classification. Filters: <c>@src/len  dst/len  sp : sp  dp : dp  proto/mask  flags/mask</c>, one per line,
/// highest priority first. Traces: <c>src dst sp dp proto ... expected</c> with addresses as unsigned 32-bit
/// numbers and the expected first-matching filter (0-based, -1 for none) in the last column; plain or gzip.
/// </summary>
public static class ClassBenchReader
{
    private static readonly char[] Blanks = [' ', '\t'];

    /// <summary>Reads a filter set, reporting every malformed line with its number.</summary>
    public static bool TryReadFilters(string path, DiagnosticBag diagnostics, out ImmutableArray<ClassBenchFilter> filters)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        filters = [];
        if (!TryOpen(path, "filter set", diagnostics, out var stream))
        {
            return false;
        }

        using (stream)
        {
            try
            {
                return TryReadFilters(stream, path, diagnostics, out filters);
            }
            catch (InvalidDataException e)
            {
                // A file that starts like gzip but does not decompress: the decompressor finds out mid-read.
                diagnostics.Report(FlowDiagnostics.ClassBenchUnreadable, new SourceLocation(path), "ClassBench filter set", $"not a readable gzip stream ({e.Message.TrimEnd('.')})");
                filters = [];
                return false;
            }
        }
    }

    /// <summary>Reads a filter set from a stream (plain or gzip).</summary>
    public static bool TryReadFilters(Stream stream, string file, DiagnosticBag diagnostics, out ImmutableArray<ClassBenchFilter> filters)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var result = ImmutableArray.CreateBuilder<ClassBenchFilter>();
        var errors = 0;
        using var reader = new StreamReader(CompressedInput.Decompressed(stream));
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.AsSpan().Trim().IsEmpty)
            {
                continue;
            }

            if (TryParseFilter(line, number, out var filter, out var problem))
            {
                result.Add(filter);
            }
            else if (++errors <= 20)
            {
                diagnostics.Report(FlowDiagnostics.MalformedFilter, new SourceLocation(file, null, number), problem);
            }
        }

        if (errors > 20)
        {
            diagnostics.Report(FlowDiagnostics.MoreMalformedLines, new SourceLocation(file), errors - 20, "filter");
        }

        filters = errors == 0 ? result.ToImmutable() : [];
        return errors == 0;
    }

    /// <summary>Parses one filter line (<paramref name="line"/> is its 1-based number, kept in the filter).</summary>
    public static bool TryParseFilter(string text, int line, out ClassBenchFilter filter, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        filter = null!;
        var trimmed = text.Trim();
        if (!trimmed.StartsWith('@'))
        {
            problem = "a filter line starts with '@'";
            return false;
        }

        var tokens = trimmed[1..].Split(Blanks, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 9 || tokens[3] != ":" || tokens[6] != ":")
        {
            problem = "expected '@src/len dst/len sp : sp dp : dp proto/mask [flags/mask]'";
            return false;
        }

        if (!IpPrefix.TryParse(tokens[0], out var source) || !source.IsIPv4 || !tokens[0].Contains('/'))
        {
            problem = $"'{tokens[0]}' is not an IPv4 prefix";
            return false;
        }

        if (!IpPrefix.TryParse(tokens[1], out var destination) || !destination.IsIPv4 || !tokens[1].Contains('/'))
        {
            problem = $"'{tokens[1]}' is not an IPv4 prefix";
            return false;
        }

        if (!TryPortRange(tokens[2], tokens[4], out var sourcePorts) || !TryPortRange(tokens[5], tokens[7], out var destinationPorts))
        {
            problem = $"port ranges '{tokens[2]} : {tokens[4]}' and '{tokens[5]} : {tokens[7]}' must be 0-65535, low to high";
            return false;
        }

        var protocol = tokens[8].Split('/');
        if (protocol.Length != 2 || !TryHexByte(protocol[0], out var value) || !TryHexByte(protocol[1], out var mask))
        {
            problem = $"'{tokens[8]}' is not a protocol/mask such as 0x06/0xFF";
            return false;
        }

        filter = new ClassBenchFilter(source, destination, sourcePorts, destinationPorts, value, mask, line);
        problem = null;
        return true;
    }

    /// <summary>The classifier rules of a whole filter set: filter <c>i</c> gets index <c>i</c>.</summary>
    public static IEnumerable<ClassifierRule> ToClassifierRules(IReadOnlyList<ClassBenchFilter> filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        return filters.SelectMany((filter, index) => filter.ToClassifierRules(index));
    }

    /// <summary>Reads a whole trace (plain or gzip), reporting malformed lines with their numbers.</summary>
    public static bool TryReadTrace(string path, DiagnosticBag diagnostics, out ClassBenchPacket[] packets)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        packets = [];
        if (!TryOpen(path, "trace", diagnostics, out var stream))
        {
            return false;
        }

        using (stream)
        {
            try
            {
                return TryReadTrace(stream, path, diagnostics, out packets);
            }
            catch (InvalidDataException e)
            {
                // A file that starts like gzip but does not decompress: the decompressor finds out mid-read.
                diagnostics.Report(FlowDiagnostics.ClassBenchUnreadable, new SourceLocation(path), "ClassBench trace", $"not a readable gzip stream ({e.Message.TrimEnd('.')})");
                packets = [];
                return false;
            }
        }
    }

    /// <summary>Reads a trace from a stream (plain or gzip).</summary>
    public static bool TryReadTrace(Stream stream, string file, DiagnosticBag diagnostics, out ClassBenchPacket[] packets)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var result = new List<ClassBenchPacket>();
        var errors = 0;
        using var reader = new StreamReader(CompressedInput.Decompressed(stream), bufferSize: 1 << 16);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.AsSpan().Trim().IsEmpty)
            {
                continue;
            }

            if (TryParsePacket(line, out var packet))
            {
                result.Add(packet);
            }
            else if (++errors <= 20)
            {
                diagnostics.Report(FlowDiagnostics.MalformedTraceLine, new SourceLocation(file, null, number));
            }
        }

        if (errors > 20)
        {
            diagnostics.Report(FlowDiagnostics.MoreMalformedLines, new SourceLocation(file), errors - 20, "trace");
        }

        packets = errors == 0 ? [.. result] : [];
        return errors == 0;
    }

    /// <summary>Parses one trace line.</summary>
    public static bool TryParsePacket(ReadOnlySpan<char> line, out ClassBenchPacket packet)
    {
        packet = default;
        Span<Range> fields = stackalloc Range[9];
        var count = line.SplitAny(fields, " \t", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (count < 6 || count > 8)
        {
            return false;
        }

        var numbers = NumberStyles.None;
        if (!uint.TryParse(line[fields[0]], numbers, CultureInfo.InvariantCulture, out var source)
            || !uint.TryParse(line[fields[1]], numbers, CultureInfo.InvariantCulture, out var destination)
            || !ushort.TryParse(line[fields[2]], numbers, CultureInfo.InvariantCulture, out var sourcePort)
            || !ushort.TryParse(line[fields[3]], numbers, CultureInfo.InvariantCulture, out var destinationPort)
            || !byte.TryParse(line[fields[4]], numbers, CultureInfo.InvariantCulture, out var protocol)
            || !int.TryParse(line[fields[count - 1]], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var expected)
            || expected < -1)
        {
            return false;
        }

        packet = new ClassBenchPacket(new FlowKey(source, destination, protocol, sourcePort, destinationPort), expected);
        return true;
    }

    private static bool TryOpen(string path, string what, DiagnosticBag diagnostics, out Stream stream)
    {
        var opened = InputFile.TryOpen<Stream>(path, File.OpenRead, diagnostics, FlowDiagnostics.ClassBenchUnreadable, $"ClassBench {what}", out var file);
        stream = file ?? Stream.Null;
        return opened;
    }

    private static bool TryPortRange(string low, string high, out Interval<int> range)
    {
        range = default;
        if (!int.TryParse(low, NumberStyles.None, CultureInfo.InvariantCulture, out var l) || !int.TryParse(high, NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            || l > h || h > 65535)
        {
            return false;
        }

        range = new Interval<int>(l, h);
        return true;
    }

    private static bool TryHexByte(string text, out byte value)
    {
        value = 0;
        var digits = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text.AsSpan(2) : text.AsSpan();
        return byte.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
    }
}
