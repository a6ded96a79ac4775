namespace Portcullis.Storage;

/// <summary>Where a job is.</summary>
public enum JobState
{
    /// <summary>Waiting for a worker.</summary>
    Queued,

    /// <summary>Being computed.</summary>
    Running,

    /// <summary>Done; its result is stored.</summary>
    Succeeded,

    /// <summary>The question could not be answered (bad input) or the work failed.</summary>
    Failed,
}
