using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Portcullis.Server.Hosting;

/// <summary>Errors as RFC 9457 problem details (<c>application/problem+json</c>).</summary>
internal static class Problems
{
    public static IResult Of(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        Results.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);

    /// <summary>A problem from what a command wrote to its error stream: one entry per line, without the <c>portcullis: </c> prefix.</summary>
    public static IResult FromMessages(int status, string title, string messages)
    {
        var lines = Lines(messages);
        return Of(status, title, lines.FirstOrDefault() ?? title, new Dictionary<string, object?> { ["errors"] = lines });
    }

    public static List<string> Lines(string messages) => [.. messages.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(l => l.StartsWith("portcullis: ", StringComparison.Ordinal) ? l["portcullis: ".Length..] : l)];

    /// <summary>Writes a problem outside an endpoint (authentication, rate limits).</summary>
    public static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json";
        var body = new Dictionary<string, object> { ["type"] = $"https://tools.ietf.org/html/rfc9110#status-{status}", ["title"] = title, ["status"] = status, ["detail"] = detail };
        await JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
    }
}
