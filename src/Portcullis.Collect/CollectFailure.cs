namespace Portcullis.Collect;

/// <summary>Why an API call failed for good.</summary>
public enum CollectFailure
{
    /// <summary>IAM refused the API key (400/401/403 from the token endpoint).</summary>
    KeyRefused,

    /// <summary>An API refused the bearer token, even a fresh one (401).</summary>
    TokenRefused,

    /// <summary>The key may not read this resource (403).</summary>
    Forbidden,

    /// <summary>The resource does not exist (404).</summary>
    NotFound,

    /// <summary>The API rejected the request (another 4xx).</summary>
    Rejected,

    /// <summary>The API kept answering 429 or 5xx until the retries ran out.</summary>
    Unavailable,

    /// <summary>No connection could be made, or it broke, until the retries ran out.</summary>
    Unreachable,

    /// <summary>The call took longer than its timeout, every time.</summary>
    TimedOut,

    /// <summary>The answer was cut off before its end, every time.</summary>
    CutOff,

    /// <summary>The answer was HTML or another non-JSON document.</summary>
    NotJson,

    /// <summary>The answer was JSON of an unexpected shape, or malformed.</summary>
    BadJson,

    /// <summary>The overall timeout passed.</summary>
    Deadline,
}
