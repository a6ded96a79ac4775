using System.Collections.Immutable;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Flows.Formats.FlowLogs;

/// <summary>What a <see cref="FlowLogPipeline"/> run read.</summary>
/// <param name="Consumers">Each worker's consumer, to merge.</param>
/// <param name="Files">Files read (unreadable ones included).</param>
/// <param name="UnreadableFiles">Files with no usable object (malformed JSON, not gzip, no vNIC id ...).</param>
/// <param name="Records">Valid records delivered.</param>
/// <param name="SkippedRecords">Records skipped for missing or invalid fields.</param>
/// <param name="Diagnostics">The first problems found (at most <see cref="FlowLogPipeline.DiagnosticLimit"/>).</param>
/// <param name="MoreDiagnostics">How many further problems were counted but not kept.</param>
public sealed record FlowLogPipelineResult(
    ImmutableArray<IFlowLogConsumer> Consumers,
    long Files,
    long UnreadableFiles,
    long Records,
    long SkippedRecords,
    ImmutableArray<Diagnostic> Diagnostics,
    long MoreDiagnostics);
