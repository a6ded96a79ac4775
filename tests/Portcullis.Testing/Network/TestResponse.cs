using System.Text;

namespace Portcullis.Testing.Network;

/// <summary>What a <see cref="LoopbackHttpServer"/> answers on a path.</summary>
/// <param name="Status">The status code.</param>
/// <param name="Reason">The reason phrase.</param>
/// <param name="Body">The body (empty for none).</param>
/// <param name="ContentType">The content type, or null.</param>
public sealed record TestResponse(int Status, string Reason, string Body = "", string? ContentType = null)
{
    /// <summary>Extra header fields, such as <c>Location</c>.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>200 with a JSON body.</summary>
    public static TestResponse Json(string json) => new(200, "OK", json, "application/json");

    /// <summary>200 with a text body.</summary>
    public static TestResponse Text(string text) => new(200, "OK", text, "text/plain; charset=utf-8");

    /// <summary>The bytes on the wire.</summary>
    public byte[] ToBytes()
    {
        var body = Encoding.UTF8.GetBytes(Body);
        var head = new StringBuilder().Append($"HTTP/1.1 {Status} {Reason}\r\n");
        if (ContentType is not null)
        {
            head.Append($"Content-Type: {ContentType}\r\n");
        }

        foreach (var (name, value) in Headers)
        {
            head.Append($"{name}: {value}\r\n");
        }

        if (Status is not (204 or 304))
        {
            head.Append($"Content-Length: {body.Length}\r\n");
        }

        head.Append("Connection: close\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. Status is 204 or 304 ? [] : body];
    }
}
