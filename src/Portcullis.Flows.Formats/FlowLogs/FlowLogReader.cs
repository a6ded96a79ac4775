using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Flows.Classification;
using Portcullis.Flows.Formats.Compression;
using Portcullis.Flows.Replay;
using Portcullis.Formats;
using Portcullis.Formats.Json;
using Portcullis.Formats.Limits;

namespace Portcullis.Flows.Formats.FlowLogs;

/// <summary>
/// Reads IBM Cloud VPC flow-log objects (gzip-compressed or plain JSON) straight from the stream with
/// <see cref="Utf8JsonReader"/>, a buffer at a time: no document is built, and memory is one buffer plus the
/// records of one object, reused from object to object.
/// </summary>
/// <remarks>
/// <para>Malformed JSON (the documentation's own example misses commas) makes the whole object unreadable: it is
/// reported with its line and byte and none of its records is used. A record with a missing or invalid field is
/// reported with its JSON path and skipped; the rest of the object is used.</para>
/// <para>One reader per thread; <see cref="Records"/> is valid until the next read.</para>
/// <para>The per-token methods are compiled fully optimised at once: a replay of a few hundred thousand records
/// otherwise spends much of its time in the first-tier code of the JIT before tiering up.</para>
/// </remarks>
public sealed class FlowLogReader
{
    private const int MaxRecordProblemsReported = 5;

    private byte[] _buffer = new byte[1 << 16];
    private FlowRecord[] _records = new FlowRecord[1024];
    private int _count;

    /// <summary>The header of the last object read.</summary>
    public FlowLogHeader? Header { get; private set; }

    /// <summary>The valid records of the last object read.</summary>
    public ReadOnlySpan<FlowRecord> Records => _records.AsSpan(0, _count);

    /// <summary>Records of the last object that were skipped for missing or invalid fields.</summary>
    public int SkippedRecords { get; private set; }

    /// <summary>Reads a flow-log file.</summary>
    public bool TryReadFile(string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        // Unbuffered: the decompressor reads in blocks of its own, and a buffer per file would be garbage per file.
        if (!InputFile.TryOpen(path, OpenUnbuffered, diagnostics, FlowDiagnostics.FlowLogUnreadable, "flow log", out var file))
        {
            Reset();
            return false;
        }

        using (file)
        {
            return TryRead(file, path, diagnostics);
        }
    }

    private static FileStream OpenUnbuffered(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);

    /// <summary>Reads one object from a stream (gzip or plain JSON), reporting problems against <paramref name="file"/>.</summary>
    /// <returns>Whether the object was read; false when it is unusable (then <see cref="Records"/> is empty).</returns>
    public bool TryRead(Stream stream, string file, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(diagnostics);
        Reset();
        var parse = new ParseState(file);
        try
        {
            using var input = CompressedInput.Decompressed(stream);
            Parse(input, ref parse, diagnostics);
        }
        catch (JsonException) when (!parse.SawContent)
        {
            Reset();
            diagnostics.Report(FlowDiagnostics.NotAFlowLog, new SourceLocation(file), "the file is empty; expected a flow-log object");
            return false;
        }
        catch (JsonException) when (parse.NotAnObject)
        {
            Reset();
            diagnostics.Report(FlowDiagnostics.NotAFlowLog, new SourceLocation(file, "$"), "not a flow-log object: the JSON value is not an object");
            return false;
        }
        catch (JsonException e)
        {
            Reset();
            diagnostics.Report(FlowDiagnostics.MalformedFlowLog, new SourceLocation(file, e.Path, (int?)e.LineNumber + 1, (int?)e.BytePositionInLine + 1), JsonSyntaxError.Describe(e));
            return false;
        }
        catch (InputTooLargeException e)
        {
            Reset();
            diagnostics.Report(FormatDiagnostics.InputLimitExceeded, new SourceLocation(file), e.Message + "; the object is skipped");
            return false;
        }
        catch (InvalidDataException e)
        {
            Reset();
            diagnostics.Report(FlowDiagnostics.BrokenGzip, new SourceLocation(file), e.Message);
            return false;
        }
        catch (IOException e)
        {
            Reset();
            diagnostics.Report(FlowDiagnostics.FlowLogUnreadable, new SourceLocation(file), "flow log", e.Message);
            return false;
        }

        if (!parse.SawObject)
        {
            Reset();
            diagnostics.Report(FlowDiagnostics.NotAFlowLog, new SourceLocation(file), "the file is empty or not a JSON object; expected a flow-log object");
            return false;
        }

        if (parse.InterfaceId is null)
        {
            var records = _count;
            Reset();
            diagnostics.Report(FlowDiagnostics.FlowLogWithoutInterface, new SourceLocation(file, "$"), records);
            return false;
        }

        if (parse.Problems > MaxRecordProblemsReported)
        {
            diagnostics.Report(FlowDiagnostics.MoreRecordProblems, new SourceLocation(file, "$.flow_logs"), parse.Problems - MaxRecordProblemsReported);
        }

        SkippedRecords = parse.Problems;
        Header = new FlowLogHeader(parse.InterfaceId, parse.State, parse.NumberOfFlowLogs);
        return true;
    }

    // A string the reader cannot decode (invalid UTF-8, or \ud800 alone) is a syntax error of the file at that field.
    private static string Decode(ref Utf8JsonReader reader, string? path)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new JsonException("a string holds bytes that are not UTF-8 or an unpaired surrogate escape such as \\ud800", path, null, null);
        }
    }

    private void Reset()
    {
        _count = 0;
        Header = null;
        SkippedRecords = 0;
    }

    // Feeds the reader a buffer at a time: what one pass leaves unconsumed (a token cut by the buffer's end) moves
    // to the front, and the buffer doubles when a single token does not fit.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Parse(Stream input, ref ParseState parse, DiagnosticBag diagnostics)
    {
        var filled = 0;
        var final = false;
        var limits = InputLimits.Current;
        var total = 0L;
        var state = new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false });
        while (true)
        {
            if (!final)
            {
                if (filled == _buffer.Length)
                {
                    // The buffer is full of one token that has not ended: a string longer than any record field.
                    if (filled > limits.MaxStringBytes)
                    {
                        throw new InputTooLargeException($"a single value is longer than {InputLimits.Bytes(limits.MaxStringBytes)} ({InputLimits.Describe(InputLimits.Bytes(limits.MaxStringBytes), InputLimits.StringBytesVariable)})");
                    }

                    Array.Resize(ref _buffer, _buffer.Length * 2);
                }

                var read = input.Read(_buffer, filled, _buffer.Length - filled);
                total += read;
                if (total > limits.MaxObjectBytes)
                {
                    throw new InputTooLargeException($"the object decompresses to more than {InputLimits.Bytes(limits.MaxObjectBytes)} ({InputLimits.Describe(InputLimits.Bytes(limits.MaxObjectBytes), InputLimits.ObjectBytesVariable)})");
                }

                parse.SawContent |= !_buffer.AsSpan(filled, read).Trim(" \t\r\n"u8).IsEmpty;
                filled += read;
                final = read == 0;
            }

            var reader = new Utf8JsonReader(_buffer.AsSpan(0, filled), final, state);
            while (reader.Read())
            {
                Token(ref reader, ref parse, diagnostics);
            }

            var consumed = (int)reader.BytesConsumed;
            state = reader.CurrentState;
            Buffer.BlockCopy(_buffer, consumed, _buffer, 0, filled - consumed);
            filled -= consumed;
            if (final)
            {
                if (filled > 0 && !_buffer.AsSpan(0, filled).Trim(" \t\r\n"u8).IsEmpty)
                {
                    throw new JsonException("unexpected data after the end of the object.", null, null, null);
                }

                return;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Token(ref Utf8JsonReader reader, ref ParseState parse, DiagnosticBag diagnostics)
    {
        var token = reader.TokenType;
        var depth = reader.CurrentDepth;
        if (parse.SkipDepth >= 0)
        {
            if (depth == parse.SkipDepth && token is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                parse.SkipDepth = -1;
            }

            return;
        }

        switch (depth)
        {
            case 0:
                if (token == JsonTokenType.StartObject)
                {
                    parse.SawObject = true;
                }
                else if (token != JsonTokenType.EndObject)
                {
                    parse.NotAnObject = true;
                    throw new JsonException("a flow-log object must be a JSON object.", null, null, null);
                }

                break;
            case 1 when token == JsonTokenType.PropertyName:
                parse.TopField = TopFieldOf(ref reader);
                break;
            case 1:
                TopValue(ref reader, ref parse);
                break;
            case 2 when parse.TopField == TopField.FlowLogs:
                if (token == JsonTokenType.StartObject)
                {
                    parse.Record = PendingRecord.Empty;
                }
                else if (token == JsonTokenType.EndObject)
                {
                    EndRecord(ref parse, diagnostics);
                }
                else
                {
                    parse.RecordIndex++;
                    parse.Problem(diagnostics, $"$.flow_logs[{parse.RecordIndex - 1}]", FlowDiagnostics.RecordNotAnObject);
                }

                break;
            case 3 when parse.TopField == TopField.FlowLogs && token == JsonTokenType.PropertyName:
                parse.Field = RecordFieldOf(ref reader);
                break;
            case 3 when parse.TopField == TopField.FlowLogs:
                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    parse.SkipDepth = depth;
                }
                else
                {
                    RecordValue(ref reader, ref parse);
                }

                break;
            default:
                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    parse.SkipDepth = depth;
                }

                break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void TopValue(ref Utf8JsonReader reader, ref ParseState parse)
    {
        var token = reader.TokenType;
        switch (parse.TopField)
        {
            case TopField.FlowLogs when token == JsonTokenType.StartArray:
                return;
            case TopField.FlowLogs when token == JsonTokenType.EndArray:
                parse.TopField = TopField.Other;
                return;
            case TopField.FlowLogs when token == JsonTokenType.Null:
                parse.TopField = TopField.Other;
                return;
            case TopField.FlowLogs:
                throw new JsonException("flow_logs must be an array.", "$.flow_logs", null, null);
            case TopField.InterfaceId when token == JsonTokenType.String:
                parse.InterfaceId = Decode(ref reader, "$.network_interface_id");
                return;
            case TopField.State when token == JsonTokenType.String:
                parse.State = Decode(ref reader, "$.state");
                return;
            case TopField.NumberOfFlowLogs when token == JsonTokenType.Number && reader.TryGetInt32(out var number):
                parse.NumberOfFlowLogs = number;
                return;
            default:
                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    parse.SkipDepth = reader.CurrentDepth;
                }

                return;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecordValue(ref Utf8JsonReader reader, ref ParseState parse)
    {
        ref var record = ref parse.Record;
        var token = reader.TokenType;
        var text = token == JsonTokenType.String && !reader.ValueIsEscaped ? reader.ValueSpan : default;
        if (token == JsonTokenType.String && reader.ValueIsEscaped)
        {
            text = System.Text.Encoding.UTF8.GetBytes(Decode(ref reader, $"$.flow_logs[{parse.RecordIndex}]"));
        }

        switch (parse.Field)
        {
            case RecordField.Direction:
                record.Direction = text.SequenceEqual("I"u8) ? 1 : text.SequenceEqual("O"u8) ? 2 : -1;
                break;
            case RecordField.Action:
                record.Action = text.SequenceEqual("accepted"u8) ? 1 : text.SequenceEqual("rejected"u8) ? 2 : -1;
                break;
            case RecordField.InitiatorIp:
                record.Initiator = ParseIPv4(text, token, out record.InitiatorState);
                break;
            case RecordField.TargetIp:
                record.Target = ParseIPv4(text, token, out record.TargetState);
                break;
            case RecordField.InitiatorPort:
                record.InitiatorPort = token == JsonTokenType.Number && reader.TryGetInt32(out var initiatorPort) && initiatorPort is >= 0 and <= 65535 ? initiatorPort : -2;
                break;
            case RecordField.TargetPort:
                record.TargetPort = token == JsonTokenType.Number && reader.TryGetInt32(out var targetPort) && targetPort is >= 0 and <= 65535 ? targetPort : -2;
                break;
            case RecordField.Protocol:
                record.Protocol = token == JsonTokenType.Number && reader.TryGetInt32(out var protocol) && protocol is >= 0 and <= 255 ? protocol : -2;
                break;
            case RecordField.PacketsFromTarget:
                record.TargetReplied |= token == JsonTokenType.Number && reader.TryGetUInt64(out var packets) && packets > 0;
                break;
        }
    }

    // A record's fields arrive in any order; it is complete at its closing brace.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void EndRecord(ref ParseState parse, DiagnosticBag diagnostics)
    {
        ref var record = ref parse.Record;
        var path = $"$.flow_logs[{parse.RecordIndex}]";
        parse.RecordIndex++;
        var problem =
            record.Direction == 0 ? "no direction" :
            record.Direction < 0 ? "direction must be \"I\" or \"O\"" :
            record.Action == 0 ? "no action" :
            record.Action < 0 ? "action must be \"accepted\" or \"rejected\"" :
            record.InitiatorState == 0 ? "no initiator_ip" :
            record.InitiatorState < 0 ? record.InitiatorState == -2 ? "initiator_ip is IPv6, which the replay does not support yet" : "initiator_ip is not an IPv4 address" :
            record.TargetState == 0 ? "no target_ip" :
            record.TargetState < 0 ? record.TargetState == -2 ? "target_ip is IPv6, which the replay does not support yet" : "target_ip is not an IPv4 address" :
            record.InitiatorPort == -1 ? "no initiator_port" :
            record.InitiatorPort == -2 ? "initiator_port must be a number 0-65535" :
            record.TargetPort == -1 ? "no target_port" :
            record.TargetPort == -2 ? "target_port must be a number 0-65535" :
            record.Protocol == -1 ? "no transport_protocol" :
            record.Protocol == -2 ? "transport_protocol must be a number 0-255" : null;
        if (problem is not null)
        {
            parse.Problem(diagnostics, path, FlowDiagnostics.InvalidRecord, problem);
            return;
        }

        if (_count == _records.Length)
        {
            // Records are held for the whole object (the replay classifies them as a batch), so their number is bounded.
            var limit = InputLimits.Current.MaxObjectRecords;
            if (_count >= limit)
            {
                throw new InputTooLargeException($"the object holds more than {limit.ToString("N0", CultureInfo.InvariantCulture)} records ({InputLimits.Describe($"{limit.ToString("N0", CultureInfo.InvariantCulture)} records", InputLimits.ObjectRecordsVariable)})");
            }

            Array.Resize(ref _records, (int)Math.Min(_records.Length * 2L, Math.Max(limit, _records.Length + 1)));
        }

        _records[_count++] = new FlowRecord(
            new FlowKey(record.Initiator, record.Target, (byte)record.Protocol, (ushort)record.InitiatorPort, (ushort)record.TargetPort),
            record.Direction == 1 ? TrafficDirection.Inbound : TrafficDirection.Outbound,
            record.Action == 1 ? FlowAction.Accepted : FlowAction.Rejected,
            record.TargetReplied);
    }

    // Dotted quad straight from UTF-8; state 1 parsed, -1 invalid, -2 IPv6.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static uint ParseIPv4(ReadOnlySpan<byte> text, JsonTokenType token, out int state)
    {
        state = -1;
        if (token != JsonTokenType.String)
        {
            return 0;
        }

        uint value = 0;
        var octets = 0;
        var i = 0;
        while (octets < 4)
        {
            var start = i;
            uint octet = 0;
            while (i < text.Length && (uint)(text[i] - '0') <= 9 && i - start < 3)
            {
                octet = (octet * 10) + (uint)(text[i] - '0');
                i++;
            }

            if (i == start || octet > 255 || (i - start > 1 && text[start] == '0'))
            {
                state = text.Contains((byte)':') ? -2 : -1;
                return 0;
            }

            value = (value << 8) | octet;
            if (++octets < 4)
            {
                if (i >= text.Length || text[i] != '.')
                {
                    state = text.Contains((byte)':') ? -2 : -1;
                    return 0;
                }

                i++;
            }
        }

        state = i == text.Length ? 1 : text.Contains((byte)':') ? -2 : -1;
        return value;
    }

    private static TopField TopFieldOf(ref Utf8JsonReader reader)
    {
        var name = reader.ValueIsEscaped ? System.Text.Encoding.UTF8.GetBytes(Decode(ref reader, null)) : reader.ValueSpan;
        return name switch
        {
            _ when name.SequenceEqual("flow_logs"u8) => TopField.FlowLogs,
            _ when name.SequenceEqual("network_interface_id"u8) => TopField.InterfaceId,
            _ when name.SequenceEqual("state"u8) => TopField.State,
            _ when name.SequenceEqual("number_of_flow_logs"u8) => TopField.NumberOfFlowLogs,
            _ => TopField.Other,
        };
    }

    // Switch on the length first: most of a record's 21 names are told apart without a comparison.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static RecordField RecordFieldOf(ref Utf8JsonReader reader)
    {
        var name = reader.ValueIsEscaped ? System.Text.Encoding.UTF8.GetBytes(Decode(ref reader, null)) : reader.ValueSpan;
        return name.Length switch
        {
            6 when name.SequenceEqual("action"u8) => RecordField.Action,
            9 when name.SequenceEqual("direction"u8) => RecordField.Direction,
            9 when name.SequenceEqual("target_ip"u8) => RecordField.TargetIp,
            11 when name.SequenceEqual("target_port"u8) => RecordField.TargetPort,
            12 when name.SequenceEqual("initiator_ip"u8) => RecordField.InitiatorIp,
            14 when name.SequenceEqual("initiator_port"u8) => RecordField.InitiatorPort,
            18 when name.SequenceEqual("transport_protocol"u8) => RecordField.Protocol,
            19 when name.SequenceEqual("packets_from_target"u8) => RecordField.PacketsFromTarget,
            30 when name.SequenceEqual("cumulative_packets_from_target"u8) => RecordField.PacketsFromTarget,
            _ => RecordField.Other,
        };
    }

    private enum TopField
    {
        Other,
        FlowLogs,
        InterfaceId,
        State,
        NumberOfFlowLogs,
    }

    private enum RecordField
    {
        Other,
        Direction,
        Action,
        InitiatorIp,
        TargetIp,
        InitiatorPort,
        TargetPort,
        Protocol,
        PacketsFromTarget,
    }

    /// <summary>The fields of the record being read: 0 means absent, negative invalid.</summary>
    private struct PendingRecord
    {
        public int Direction;
        public int Action;
        public uint Initiator;
        public int InitiatorState;
        public uint Target;
        public int TargetState;
        public int InitiatorPort;
        public int TargetPort;
        public int Protocol;
        public bool TargetReplied;

        /// <summary>A record with nothing read yet (numbers start at -1: 0 is a valid port and protocol).</summary>
        public static PendingRecord Empty => new() { InitiatorPort = -1, TargetPort = -1, Protocol = -1 };
    }

    private struct ParseState(string file)
    {
        public readonly string File = file;
        public bool SawContent;
        public bool SawObject;
        public bool NotAnObject;
        public TopField TopField;
        public RecordField Field;
        public int SkipDepth = -1;
        public int RecordIndex;
        public int Problems;
        public string? InterfaceId;
        public string? State;
        public int? NumberOfFlowLogs;
        public PendingRecord Record;

        public void Problem(DiagnosticBag diagnostics, string path, DiagnosticDescriptor descriptor, params object?[] arguments)
        {
            if (++Problems <= MaxRecordProblemsReported)
            {
                diagnostics.Report(descriptor, new SourceLocation(File, path), arguments);
            }
        }
    }
}
