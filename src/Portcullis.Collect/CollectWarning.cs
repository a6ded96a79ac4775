namespace Portcullis.Collect;

/// <summary>Something the collection left out, and why (the run went on without it).</summary>
/// <param name="Scope">The part of the account: a region name, <c>transit</c> or <c>clusters</c>.</param>
/// <param name="Resource">What was left out, such as <c>load_balancers</c> or <c>instance web-1</c>.</param>
/// <param name="Call">The call that failed: method and URL without the query.</param>
/// <param name="StatusCode">The HTTP status, if there was an answer.</param>
/// <param name="Message">What happened, in words.</param>
public sealed record CollectWarning(string Scope, string Resource, string Call, int? StatusCode, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Scope}: {Resource} left out: {Call}: {Message}";
}
