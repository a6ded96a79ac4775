using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Portcullis.Server.Hosting;
using Portcullis.Server.Questions;
using Portcullis.Storage;

namespace Portcullis.Server.Jobs;

/// <summary>
/// Runs questions in the background: a job is stored as queued, computed off the request (its stage and progress
/// stored as it goes, at most every second, and at least every <see cref="Heartbeat"/> so others can tell it is
/// alive), and ends with the key of its stored result or the reason it failed.
/// </summary>
internal sealed class JobService(IPortcullisStore store, QuestionRunner runner, TimeProvider time, ILogger logger, CancellationToken stopping)
{
    /// <summary>A job not updated for this long was lost with the server that ran it.</summary>
    public static readonly TimeSpan Heartbeat = TimeSpan.FromMinutes(2);

    public async Task<JobRecord> StartAsync(Question question, IReadOnlyList<SnapshotRecord> snapshots, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var description = $"{question} on {string.Join(", ", snapshots.Select(s => $"snapshot {s.Id}"))}";
        var job = new JobRecord(id, description, JobState.Queued, 0, "queued", null, null, now, now);
        await store.SaveJobAsync(job, cancellationToken).ConfigureAwait(false);
        _ = Task.Run(() => RunAsync(job, question, snapshots), CancellationToken.None);
        return job;
    }

    /// <summary>The job as stored, or failed when it stopped being updated (its server stopped).</summary>
    public async Task<JobRecord?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var job = await store.GetJobAsync(id, cancellationToken).ConfigureAwait(false);
        if (job is { State: JobState.Queued or JobState.Running } && time.GetUtcNow() - job.UpdatedAt > Heartbeat)
        {
            return job with { State = JobState.Failed, Error = "the server that ran this job stopped before it finished; ask again" };
        }

        return job;
    }

    private async Task RunAsync(JobRecord job, Question question, IReadOnlyList<SnapshotRecord> snapshots)
    {
        var current = job;
        var gate = new SemaphoreSlim(1, 1);
        var lastSaved = DateTimeOffset.MinValue;

        async Task SaveAsync(JobRecord next, bool force)
        {
            await gate.WaitAsync(stopping).ConfigureAwait(false);
            try
            {
                current = next;
                var now = time.GetUtcNow();
                if (force || now - lastSaved >= TimeSpan.FromSeconds(1))
                {
                    lastSaved = now;
                    await store.SaveJobAsync(current with { UpdatedAt = now }, stopping).ConfigureAwait(false);
                }
            }
            finally
            {
                gate.Release();
            }
        }

        try
        {
            await SaveAsync(current with { State = JobState.Running, Stage = "starting", Progress = 0.01 }, force: true).ConfigureAwait(false);
            using var heartbeat = time.CreateTimer(_ => _ = SaveAsync(current, force: true), null, Heartbeat / 4, Heartbeat / 4);
            var answer = await runner.AnswerAsync(question, snapshots, (stage, progress) => _ = SaveAsync(current with { Stage = stage, Progress = progress }, force: false), stopping)
                .ConfigureAwait(false);
            var done = answer.Succeeded
                ? current with { State = JobState.Succeeded, Stage = "done", Progress = 1, ResultKey = answer.Key }
                : current with { State = JobState.Failed, Stage = "done", Progress = 1, Error = string.Join('\n', Problems.Lines(answer.Messages)) };
            await SaveAsync(done, force: true).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The server is stopping: the job stays as stored, and reads as failed once its heartbeat is old.
        }
        catch (Exception e)
        {
            ServerLog.JobFailed(logger, job.Id, e);
            await SaveAsync(current with { State = JobState.Failed, Error = $"internal error: {e.GetType().Name}" }, force: true).ConfigureAwait(false);
        }
    }
}
