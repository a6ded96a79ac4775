namespace Portcullis.Application.Queries;

/// <summary>Why a connection query cannot be read: the problem, the part it is in, and that part's text.</summary>
/// <param name="Problem">What is wrong.</param>
/// <param name="Field">Which part is wrong (the first given, where several are).</param>
/// <param name="Text">The part as given, or <see langword="null"/> when the problem is what is missing.</param>
public sealed record ConnectionQueryError(ConnectionQueryProblem Problem, ConnectionQueryField Field, string? Text = null);
