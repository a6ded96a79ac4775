using Portcullis.Flows.Replay;

namespace Portcullis.Flows.Formats.FlowLogs;

/// <summary>What a <see cref="FlowLogReplay"/> run counted, and what its pipeline read.</summary>
/// <param name="Tally">The workers' tallies, merged: give it to <see cref="FlowReplayEngine.Report"/>.</param>
/// <param name="Pipeline">The files and records read, and the problems found.</param>
public sealed record FlowLogReplayResult(FlowReplayTally Tally, FlowLogPipelineResult Pipeline);
