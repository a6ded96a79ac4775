namespace Portcullis.Storage;

/// <summary>When a schedule last ran and how it went, shared by every replica.</summary>
/// <param name="Name">The schedule's name, such as <c>collect:prod</c>.</param>
/// <param name="LastRunAt">When it last ran.</param>
/// <param name="LastOutcome">What happened, in a few words.</param>
public sealed record ScheduleRecord(string Name, DateTimeOffset LastRunAt, string LastOutcome);
