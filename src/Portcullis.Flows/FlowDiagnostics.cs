using Portcullis.Core.Diagnostics;

namespace Portcullis.Flows;

/// <summary>
/// The problems found reading flow inputs (<c>PC6xxx</c>): ClassBench filter sets and traces (<c>PC60xx</c>) and
/// IBM Cloud VPC flow logs (<c>PC61xx</c>).
/// </summary>
public static class FlowDiagnostics
{
    /// <summary>A ClassBench file cannot be opened.</summary>
    public static readonly DiagnosticDescriptor ClassBenchUnreadable = new(
        "PC6000", Severity.Error, "ClassBench file cannot be read",
        "cannot read the {0}: {1}",
        "The filter set or trace does not exist or cannot be opened. Check the path and the file's permissions.");

    /// <summary>A line of a ClassBench filter set does not parse.</summary>
    /// <remarks>The hole is what is wrong with the line.</remarks>
    public static readonly DiagnosticDescriptor MalformedFilter = new(
        "PC6001", Severity.Error, "Malformed ClassBench filter",
        "not a ClassBench filter: {0}",
        "A filter line is '@src/len dst/len sp : sp dp : dp proto/mask [flags/mask]'; the set is not read until every line parses.");

    /// <summary>A line of a ClassBench trace does not parse.</summary>
    public static readonly DiagnosticDescriptor MalformedTraceLine = new(
        "PC6002", Severity.Error, "Malformed ClassBench trace line",
        "not a ClassBench trace line: expected 'src dst sport dport proto ... expected-index' with numeric fields",
        "A trace line holds the packet's addresses as unsigned 32-bit numbers, its ports and protocol, and the expected filter's index (-1 for none) last.");

    /// <summary>More malformed ClassBench lines than are reported one by one.</summary>
    /// <remarks>The holes are how many more, and <c>filter</c> or <c>trace</c>.</remarks>
    public static readonly DiagnosticDescriptor MoreMalformedLines = new(
        "PC6003", Severity.Error, "More malformed lines",
        "{0} more malformed {1} lines not shown",
        "Only the first twenty malformed lines of a file are reported; the file is likely not a ClassBench file at all.");

    /// <summary>A flow-log object cannot be read.</summary>
    public static readonly DiagnosticDescriptor FlowLogUnreadable = new(
        "PC6101", Severity.Error, "Flow log cannot be read",
        "cannot read the {0}: {1}",
        "The flow-log object does not exist or cannot be read to its end. Check the path and the file's permissions; the other objects are still read.");

    /// <summary>A flow-log object is not valid JSON.</summary>
    public static readonly DiagnosticDescriptor MalformedFlowLog = new(
        "PC6102", Severity.Error, "Malformed flow-log JSON",
        "malformed JSON: {0}; the object is skipped",
        "The object is not valid JSON (cut short while it was copied?); the location gives the line and column. The other objects are still read.");

    /// <summary>A flow-log object is gzip-compressed but does not decompress.</summary>
    public static readonly DiagnosticDescriptor BrokenGzip = new(
        "PC6103", Severity.Error, "Unreadable gzip stream",
        "not a readable gzip stream ({0}); the object is skipped",
        "The object starts like gzip but does not decompress (cut short or damaged); the other objects are still read.");

    /// <summary>A file is empty or not a flow-log object.</summary>
    /// <remarks>The hole says which: empty, not an object, or either.</remarks>
    public static readonly DiagnosticDescriptor NotAFlowLog = new(
        "PC6104", Severity.Error, "Not a flow-log object",
        "{0}",
        "IBM Cloud flow logs for VPC write one JSON object per file, with network_interface_id and a flow_logs list; this file holds something else.");

    /// <summary>A flow-log object does not say which vNIC it is of.</summary>
    public static readonly DiagnosticDescriptor FlowLogWithoutInterface = new(
        "PC6105", Severity.Error, "Flow log without an interface",
        "no network_interface_id: its {0} records cannot be attributed to a vNIC; the object is skipped",
        "A flow-log object's records are attributed to the interface its network_interface_id names; without it they cannot be replayed.");

    /// <summary>More flow-log records with problems than are reported one by one.</summary>
    public static readonly DiagnosticDescriptor MoreRecordProblems = new(
        "PC6106", Severity.Warning, "More record problems",
        "{0} more records with problems skipped",
        "Only the first problems of an object are reported one by one; the rest are counted here.");

    /// <summary>A flow-log record is not a JSON object.</summary>
    public static readonly DiagnosticDescriptor RecordNotAnObject = new(
        "PC6107", Severity.Warning, "Flow-log record not an object",
        "a flow-log record must be an object; skipped",
        "Each item of flow_logs is one connection's record, a JSON object; this one is skipped and the rest are read.");

    /// <summary>A flow-log record lacks a field or has a bad value.</summary>
    /// <remarks>The hole says which field and what is wrong with it.</remarks>
    public static readonly DiagnosticDescriptor InvalidRecord = new(
        "PC6108", Severity.Warning, "Invalid flow-log record",
        "{0}; record skipped",
        "A record needs its direction, action, initiator and target addresses and ports, and its transport protocol; this one is skipped and the rest are read.");

    /// <summary>A flow-log file or directory is reached a second time and left out.</summary>
    /// <remarks>The hole says which and why (a path given twice, a link, a symbolic link loop).</remarks>
    public static readonly DiagnosticDescriptor ReachedTwice = new(
        "PC6109", Severity.Note, "Flow log reached twice",
        "{0}",
        "Files and directories are compared by identity (device and inode on Linux), so a file named twice, named and inside a named directory, or reached through a link is read once, and a symbolic link that loops back to a directory above it is not followed round again.");
}
