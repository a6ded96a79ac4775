namespace Portcullis.Testing.IbmCloud;

/// <summary>A failure the fake can answer with instead of the data.</summary>
public enum FaultKind
{
    /// <summary>429 Too Many Requests, with <c>Retry-After</c> when the fault gives one.</summary>
    TooManyRequests,

    /// <summary>500 Internal Server Error.</summary>
    ServerError,

    /// <summary>The right answer, after a delay (or never, if the client gives up first).</summary>
    Slow,

    /// <summary>The right answer's headers and half its body, then the connection is cut.</summary>
    Truncated,

    /// <summary>200 with an HTML page, as a proxy or a login page answers.</summary>
    Html,

    /// <summary>401, as for an expired or revoked token.</summary>
    Unauthorized,

    /// <summary>403, as for a key without access to the resource.</summary>
    Forbidden,

    /// <summary>404, as for a resource deleted between its listing and the read of its details.</summary>
    NotFound,

    /// <summary>400 whose message repeats the request's Authorization header, as a careless server might: the token must not reach the user.</summary>
    EchoToken,

    /// <summary>A 200 whose JSON body ends early (its Content-Length says so): garbage that HTTP does not catch.</summary>
    MalformedJson,
}
