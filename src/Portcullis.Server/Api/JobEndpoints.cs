using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portcullis.Server.Hosting;
using Portcullis.Storage;

namespace Portcullis.Server.Api;

/// <summary><c>/api/v1/jobs/{id}</c>: a job's state and progress, and its result once done.</summary>
internal static class JobEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/jobs/{id}", async (ServerContext server, string id, CancellationToken cancellationToken) =>
            await server.Jobs.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } job ? Results.Ok(Json.Job(job)) : NotFound(id))
            .WithSummary("A job's state, stage and progress (0 to 1)");

        api.MapGet("/jobs/{id}/result", async (HttpContext context, ServerContext server, string id) =>
        {
            var job = await server.Jobs.GetAsync(id, context.RequestAborted).ConfigureAwait(false);
            if (job is null)
            {
                return NotFound(id);
            }

            if (job.State == JobState.Failed)
            {
                return Problems.FromMessages(StatusCodes.Status400BadRequest, "The job failed", job.Error ?? "failed");
            }

            if (job.State != JobState.Succeeded || job.ResultKey is null)
            {
                return Problems.Of(StatusCodes.Status409Conflict, "Not done yet", $"The job is {job.State.ToString().ToLowerInvariant()} ({job.Stage}); ask again later.");
            }

            var answer = await server.Runner.StoredAsync(job.ResultKey, context.RequestAborted).ConfigureAwait(false);
            return answer is null ? NotFound(id) : QuestionEndpoints.Answer(context, answer);
        }).WithSummary("A finished job's answer, as the GET of its question would give it");
    }

    private static IResult NotFound(string id) => Problems.Of(StatusCodes.Status404NotFound, "No such job", $"There is no job {id}.");
}
