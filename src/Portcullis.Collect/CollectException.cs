namespace Portcullis.Collect;

/// <summary>
/// An API call that failed for good. The message names the call (method and URL, without its query) and never
/// holds the API key or a token.
/// </summary>
public sealed class CollectException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="failure">Why the call failed.</param>
    /// <param name="call">The call, such as <c>GET https://us-south.iaas.cloud.ibm.com/v1/vpcs</c>.</param>
    /// <param name="detail">What happened, in words.</param>
    /// <param name="statusCode">The HTTP status of the last answer, if any.</param>
    public CollectException(CollectFailure failure, string call, string detail, int? statusCode = null)
        : base($"{call}: {detail}")
    {
        Failure = failure;
        Call = call;
        Detail = detail;
        StatusCode = statusCode;
    }

    /// <summary>Creates an exception with a message only (for serializers and tests).</summary>
    public CollectException()
        : this(CollectFailure.Rejected, "(no call)", "failed")
    {
    }

    /// <summary>Creates an exception with a message only (for serializers and tests).</summary>
    public CollectException(string message)
        : this(CollectFailure.Rejected, "(no call)", message)
    {
    }

    /// <summary>Creates an exception with a message only (for serializers and tests).</summary>
    public CollectException(string message, Exception innerException)
        : base(message, innerException)
    {
        Call = "(no call)";
        Detail = message;
    }

    /// <summary>Why the call failed.</summary>
    public CollectFailure Failure { get; }

    /// <summary>The call: method and URL without the query.</summary>
    public string Call { get; }

    /// <summary>What happened.</summary>
    public string Detail { get; }

    /// <summary>The HTTP status of the last answer, if there was one.</summary>
    public int? StatusCode { get; }
}
