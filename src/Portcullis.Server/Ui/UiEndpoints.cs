using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Portcullis.Server.Ui;

/// <summary>
/// The web UI: a few static files compiled into the assembly (no CDN, no network), served to anyone (they hold no
/// data: every page reads the API with the token the user gives, kept in the tab's session storage).
/// </summary>
internal static class UiEndpoints
{
    private static readonly FrozenDictionary<string, (byte[] Content, string Type, string ETag)> Files = Load();

    // The report's graph page is shown in a sandboxed frame from srcdoc, which inherits this policy: its inline script and styles need 'unsafe-inline'.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-src 'self' blob: data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext context) => Serve(context, "index.html")).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/ui/{*path}", (HttpContext context, string path) => Serve(context, path)).AllowAnonymous().ExcludeFromDescription();
    }

    private static IResult Serve(HttpContext context, string path)
    {
        if (!Files.TryGetValue(path, out var file))
        {
            return Results.NotFound();
        }

        context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.ETag = file.ETag;
        if (context.Request.Headers.IfNoneMatch == file.ETag)
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(file.Content, file.Type);
    }

    private static FrozenDictionary<string, (byte[], string, string)> Load()
    {
        var assembly = typeof(UiEndpoints).Assembly;
        var files = new Dictionary<string, (byte[], string, string)>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("ui/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var content = buffer.ToArray();
            var type = Path.GetExtension(name) switch
            {
                ".html" => "text/html; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".css" => "text/css; charset=utf-8",
                ".svg" => "image/svg+xml",
                _ => "application/octet-stream",
            };
            files[name["ui/".Length..].Replace('\\', '/')] = (content, type, $"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..16]}\"");
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
