using Portcullis.Application.Hosting;

namespace Portcullis.Server.Questions;

/// <summary>
/// A question asked of one or more snapshots: which command answers it, with which options (in a canonical form,
/// defaults included, that keys the stored result), and what the answer's media type is.
/// </summary>
/// <param name="Path">The question's API path, such as <c>report/endpoints</c>.</param>
/// <param name="Parameters">Its options, canonical: <c>format=json&amp;grouping=false</c>.</param>
/// <param name="ContentType">The answer's media type.</param>
/// <param name="ExtraKey">What else the answer depends on (the cluster description's hash), or empty.</param>
/// <param name="Run">Runs the command's handler on the snapshots' files, in order, in the environment given.</param>
internal sealed record Question(string Path, string Parameters, string ContentType, string ExtraKey, Func<IReadOnlyList<string>, CommandEnvironment, CancellationToken, Task<int>> Run)
{
    public override string ToString() => Parameters.Length == 0 ? Path : $"{Path}?{Parameters}";
}
