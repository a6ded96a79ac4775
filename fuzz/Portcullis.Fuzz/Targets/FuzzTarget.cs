using Portcullis.Fuzz.Execution;
using Portcullis.Fuzz.Mutation;

namespace Portcullis.Fuzz.Targets;

/// <summary>
/// One reader under fuzzing: where its input is written in the workspace (beside what it refers to), the seeds its
/// mutants start from, and how it is run (the command line a user would type, or the reader itself where the command
/// would contact the network).
/// </summary>
/// <param name="Name">The harness name used on the command line (vpc-config, cluster-yaml ...).</param>
/// <param name="Reads">What the harness reads, for the listing.</param>
/// <param name="Shape">The input's shape, for structural mutation.</param>
/// <param name="InputPath">Where the input is written, relative to the workspace.</param>
/// <param name="Seeds">The seed files, relative to the workspace.</param>
/// <param name="Run">Runs the input at the given full path; null when it did not finish within the limit.</param>
internal sealed record FuzzTarget(
    string Name,
    string Reads,
    InputShape Shape,
    string InputPath,
    IReadOnlyList<string> Seeds,
    Func<Workspace, string, TimeSpan, Outcome?> Run);
