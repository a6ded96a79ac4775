using System.Text;
using System.Text.Json.Nodes;

namespace Portcullis.Testing.IbmCloud;

/// <summary>An answer of the fake: a status and a JSON body.</summary>
internal sealed record Answer(int Status, JsonNode Body)
{
    public static Answer Ok(JsonNode body) => new(200, body);

    /// <summary>The error form of the VPC and Transit Gateway APIs.</summary>
    public static Answer Error(int status, string code, string message) => new(status, new JsonObject
    {
        ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }),
        ["trace"] = "fake-trace",
        ["status_code"] = status,
    });

    /// <summary>The error form of IAM's token endpoint.</summary>
    public static Answer Iam(int status, string code, string message) => new(status, new JsonObject
    {
        ["errorCode"] = code,
        ["errorMessage"] = message,
        ["context"] = new JsonObject { ["requestId"] = "fake-request" },
    });

    /// <summary>The error form of the Kubernetes Service API.</summary>
    public static Answer Containers(int status, string code, string description) => new(status, new JsonObject
    {
        ["code"] = code,
        ["description"] = description,
        ["type"] = "General",
    });

    public byte[] Bytes() => Encoding.UTF8.GetBytes(Body.ToJsonString());
}
