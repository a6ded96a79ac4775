namespace Portcullis.Storage;

/// <summary>The answer to a question asked of one or more snapshots, kept so that it is computed once.</summary>
/// <param name="ExitCode">The command's exit code (0, or 1 for findings).</param>
/// <param name="ContentType">The media type of <paramref name="Body"/>.</param>
/// <param name="Body">What the command wrote to its output.</param>
/// <param name="Messages">What it wrote to its error stream (warnings), possibly empty.</param>
/// <param name="CreatedAt">When it was computed.</param>
public sealed record StoredResult(int ExitCode, string ContentType, byte[] Body, string Messages, DateTimeOffset CreatedAt);
