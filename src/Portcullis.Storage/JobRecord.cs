namespace Portcullis.Storage;

/// <summary>A long computation run in the background, with its progress.</summary>
/// <param name="Id">The job's id (random, URL-safe).</param>
/// <param name="Question">The question, as its API path and canonical parameters.</param>
/// <param name="State">Where it is.</param>
/// <param name="Progress">How far, from 0 to 1.</param>
/// <param name="Stage">What it is doing, such as <c>analysing</c>.</param>
/// <param name="ResultKey">The key of its stored result, once it has one.</param>
/// <param name="Error">Why it failed, or <see langword="null"/>.</param>
/// <param name="CreatedAt">When it was asked for.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record JobRecord(string Id, string Question, JobState State, double Progress, string? Stage, string? ResultKey, string? Error, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
