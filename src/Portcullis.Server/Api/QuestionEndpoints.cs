using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portcullis.Server.Hosting;
using Portcullis.Server.Questions;
using Portcullis.Storage;

namespace Portcullis.Server.Api;

/// <summary>
/// The questions: GET answers at once (from the store when answered before) with the command's output in the format
/// asked; POST starts a job and answers 202 with its URL. A question the command refuses (an unknown endpoint to
/// explain, a format the writer does not offer) is a 400 problem listing the command's errors.
/// </summary>
internal static class QuestionEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        foreach (var (path, make) in QuestionCatalog.OfOneSnapshot)
        {
            api.MapMethods($"/snapshots/{{id:long}}/{path}", ["GET", "POST"], (HttpContext context, ServerContext server, long id) =>
                AskAsync(context, server, [id], query => make(query), ["id"]))
                .WithSummary($"{path} of a snapshot (GET: the answer; POST: a job)");
        }

        api.MapMethods("/snapshots/{id:long}/clusters/{cluster}/{question}", ["GET", "POST"], (HttpContext context, ServerContext server, long id, string cluster, string question) =>
        {
            var settings = server.Configuration.Clusters.FirstOrDefault(c => c.Name == cluster);
            if (settings is null)
            {
                return Task.FromResult(Problems.Of(StatusCodes.Status404NotFound, "No such cluster", $"The server watches no cluster '{cluster}'."));
            }

            return QuestionCatalog.OfCluster.TryGetValue(question, out var make)
                ? AskAsync(context, server, [id], query => make(query, settings), ["id", "cluster", "question"])
                : Task.FromResult(Problems.Of(StatusCodes.Status404NotFound, "No such question", $"Clusters answer: {string.Join(", ", QuestionCatalog.OfCluster.Keys)}."));
        }).WithSummary("check, fix or allowlist of a cluster on a snapshot (GET: the answer; POST: a job)");

        api.MapMethods("/diff", ["GET", "POST"], (HttpContext context, ServerContext server) =>
        {
            var before = long.TryParse(context.Request.Query["before"], NumberStyles.None, CultureInfo.InvariantCulture, out var b) ? b : (long?)null;
            var after = long.TryParse(context.Request.Query["after"], NumberStyles.None, CultureInfo.InvariantCulture, out var a) ? a : (long?)null;
            return before is null || after is null
                ? Task.FromResult(Problems.Of(StatusCodes.Status400BadRequest, "Two snapshots are needed", "Give 'before' and 'after' as snapshot ids."))
                : AskAsync(context, server, [before.Value, after.Value], QuestionCatalog.Diff, ["before", "after"]);
        }).WithSummary("The connectivity diff between any two snapshots (GET: the answer; POST: a job)");
    }

    private static async Task<IResult> AskAsync(HttpContext context, ServerContext server, long[] ids, Func<QueryReader, Question> make, string[] routeParameters)
    {
        var cancellationToken = context.RequestAborted;
        var snapshots = new List<SnapshotRecord>();
        foreach (var id in ids)
        {
            var snapshot = await server.Store.GetSnapshotAsync(id, cancellationToken).ConfigureAwait(false);
            if (snapshot is null)
            {
                return SnapshotEndpoints.NotFound(id);
            }

            snapshots.Add(snapshot);
        }

        var query = new QueryReader(context.Request.Query.ToDictionary(q => q.Key, q => q.Value, StringComparer.Ordinal));
        var question = make(query);
        query.RejectUnknown(routeParameters);
        if (query.Errors.Count > 0)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "Invalid question", query.Errors[0], new Dictionary<string, object?> { ["errors"] = query.Errors });
        }

        if (HttpMethods.IsPost(context.Request.Method))
        {
            var job = await server.Jobs.StartAsync(question, snapshots, cancellationToken).ConfigureAwait(false);
            return Results.Accepted($"/api/v1/jobs/{job.Id}", Json.Job(job));
        }

        var answer = await server.Runner.AnswerAsync(question, snapshots, null, cancellationToken).ConfigureAwait(false);
        return Answer(context, answer);
    }

    /// <summary>The answer as the response: 200 with the output, or 400 with the command's errors.</summary>
    public static IResult Answer(HttpContext context, QuestionAnswer answer)
    {
        if (!answer.Succeeded)
        {
            return Problems.FromMessages(StatusCodes.Status400BadRequest, "The question cannot be answered", answer.Messages);
        }

        context.Response.Headers["Portcullis-Exit-Code"] = answer.ExitCode.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["Portcullis-Cached"] = answer.Cached ? "true" : "false";
        context.Response.Headers["Portcullis-Warnings"] = Problems.Lines(answer.Messages).Count.ToString(CultureInfo.InvariantCulture);
        return Results.Bytes(answer.Body, answer.ContentType);
    }
}
