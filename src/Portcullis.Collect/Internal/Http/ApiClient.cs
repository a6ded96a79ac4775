using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portcullis.Collect.Internal.Http;

/// <summary>
/// Sends the collector's API calls: at most <see cref="CollectorSettings.Concurrency"/> at once, each attempt under
/// its own timeout, with the bearer token (refreshed once when an API answers 401), retrying transient failures
/// as <see cref="RetryPolicy"/> says, and turning every other failure into a <see cref="CollectException"/> that
/// names the call. The overall deadline ends waits and calls alike.
/// </summary>
internal sealed partial class ApiClient : IDisposable
{
    // An error answer is read only for its message: a proxy's error page can be large.
    private const int ErrorBodyLimit = 64 * 1024;

    private readonly HttpClient _http;
    private readonly CollectorSettings _settings;
    private readonly TimeProvider _time;
    private readonly SecretRedactor _redactor;
    private readonly IProgress<CollectProgress>? _progress;
    private readonly RetryPolicy _policy;
    private readonly SemaphoreSlim _gate;
    private readonly CancellationToken _deadline;
    private readonly DateTimeOffset _deadlineAt;
    private int _calls;

    public ApiClient(HttpClient http, CollectorSettings settings, TimeProvider time, SecretRedactor redactor, IProgress<CollectProgress>? progress, DateTimeOffset deadlineAt, Random? random, CancellationToken deadline)
    {
        _http = http;
        _settings = settings;
        _time = time;
        _redactor = redactor;
        _progress = progress;
        _policy = new RetryPolicy(settings, random ?? Random.Shared);
        _gate = new SemaphoreSlim(settings.Concurrency, settings.Concurrency);
        _deadline = deadline;
        _deadlineAt = deadlineAt;
    }

    /// <summary>The source of bearer tokens; every call but the token request needs one.</summary>
    public IamTokenSource? Tokens { get; set; }

    /// <summary>The number of attempts sent so far.</summary>
    public int Calls => Volatile.Read(ref _calls);

    /// <summary>The settings the client calls with.</summary>
    public CollectorSettings Settings => _settings;

    /// <summary>GETs a JSON document with the bearer token.</summary>
    public Task<JsonNode> GetAsync(Uri url, string scope, CancellationToken cancellationToken) =>
        SendAsync(ApiRequest.Get(url), scope, cancellationToken);

    /// <summary>Sends the request until it succeeds or fails for good.</summary>
    public async Task<JsonNode> SendAsync(ApiRequest request, string scope, CancellationToken cancellationToken)
    {
        var refreshed = false;
        AttemptOutcome? last = null;
        try
        {
            for (var retry = 0; ; retry++)
            {
                string? token = null;
                if (!request.IsTokenRequest)
                {
                    var tokens = Tokens ?? throw new InvalidOperationException("no token source");
                    token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
                }

                await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    last = await AttemptAsync(request, token, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    _gate.Release();
                }

                if (last.Json is { } json)
                {
                    return json;
                }

                // A token can expire or be revoked between its issue and its use: a fresh one gets one more try.
                if (last.StatusCode == 401 && token is not null && !refreshed)
                {
                    Tokens!.Invalidate(token);
                    refreshed = true;
                    retry--;
                    continue;
                }

                if (!last.Transient || retry >= _policy.Retries)
                {
                    var attempts = retry + 1;
                    var suffix = last.Transient && attempts > 1 ? $" ({attempts} attempts)" : string.Empty;
                    throw new CollectException(last.Failure, request.Call, last.Detail + suffix, last.StatusCode);
                }

                var wait = last.RetryAfter ?? _policy.Backoff(retry + 1);
                if (last.RetryAfter is { } asked && asked > _settings.MaxRetryAfter)
                {
                    throw new CollectException(last.Failure, request.Call, $"{last.Detail}; the API asks to retry after {DurationText.Format(asked)} (Retry-After), longer than the {DurationText.Format(_settings.MaxRetryAfter)} the collector waits", last.StatusCode);
                }

                if (_time.GetUtcNow() + wait > _deadlineAt)
                {
                    throw new CollectException(CollectFailure.Deadline, request.Call, $"{last.Detail}; waiting {DurationText.Format(Round(wait))} to retry would pass the overall timeout ({DurationText.Format(_settings.OverallTimeout)})", last.StatusCode);
                }

                _progress?.Report(new CollectProgress(CollectProgressKind.Retrying, scope, string.Empty, Detail: $"{request.Call}: {last.Detail}; retrying in {DurationText.Format(Round(wait))}"));
                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_deadline.IsCancellationRequested)
        {
            var note = last is null ? string.Empty : $" (the last attempt: {last.Detail})";
            throw new CollectException(CollectFailure.Deadline, request.Call, $"the overall timeout ({DurationText.Format(_settings.OverallTimeout)}) passed before this call succeeded{note}", last?.StatusCode);
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<AttemptOutcome> AttemptAsync(ApiRequest request, string? token, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        using var timeout = new CancellationTokenSource(_settings.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var message = new HttpRequestMessage(request.Method, request.Url);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (token is not null)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (request.Form is { } form)
        {
            message.Content = new FormUrlEncodedContent(form);
        }

        try
        {
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            return response.IsSuccessStatusCode
                ? await ReadSuccessAsync(response, linked.Token).ConfigureAwait(false)
                : await ReadFailureAsync(request, response, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return AttemptOutcome.Retryable(CollectFailure.TimedOut, $"no complete answer within {DurationText.Format(_settings.Timeout)} (--timeout)");
        }
        catch (HttpRequestException e) when (IsCutOff(e))
        {
            return AttemptOutcome.Retryable(CollectFailure.CutOff, "the answer was cut off before its end (the connection closed early)");
        }
        catch (HttpRequestException e)
        {
            return AttemptOutcome.Retryable(CollectFailure.Unreachable, "cannot reach the API: " + _redactor.Redact(Describe(e)));
        }
        catch (IOException)
        {
            return AttemptOutcome.Retryable(CollectFailure.CutOff, "the answer was cut off before its end (the connection closed early)");
        }
    }

    private static async Task<AttemptOutcome> ReadSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
        var start = FirstSignificant(body);
        if (mediaType.Contains("html", StringComparison.OrdinalIgnoreCase) || start == '<')
        {
            return AttemptOutcome.Final(CollectFailure.NotJson, $"answered HTML ({(int)response.StatusCode}), not JSON: is the URL right, or did a proxy or login page answer?", (int)response.StatusCode);
        }

        if (start < 0)
        {
            return AttemptOutcome.Retryable(CollectFailure.BadJson, $"answered {(int)response.StatusCode} with an empty body, not JSON", (int)response.StatusCode);
        }

        try
        {
            var json = JsonNode.Parse(body);
            return json is null
                ? AttemptOutcome.Final(CollectFailure.BadJson, "answered JSON null", (int)response.StatusCode)
                : AttemptOutcome.Success(json);
        }
        catch (JsonException e)
        {
            // A body cut off within a well-formed HTTP answer reads as malformed JSON: worth another attempt.
            var position = e.BytePositionInLine is { } column ? $" at line {e.LineNumber + 1}, column {column + 1} of {body.Length} bytes" : string.Empty;
            return AttemptOutcome.Retryable(CollectFailure.BadJson, $"answered malformed JSON{position} (cut off or not JSON)", (int)response.StatusCode);
        }
    }

    private async Task<AttemptOutcome> ReadFailureAsync(ApiRequest request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var message = await ErrorMessageAsync(response, cancellationToken).ConfigureAwait(false);
        var said = message is null ? string.Empty : ": " + message;
        var what = $"{status} {Reason(response)}{said}";
        if (request.IsTokenRequest && status is 400 or 401 or 403)
        {
            return AttemptOutcome.Final(CollectFailure.KeyRefused, $"IAM refused the API key ({what}); check IBMCLOUD_API_KEY or --api-key-file", status);
        }

        if (RetryPolicy.IsTransient(response.StatusCode))
        {
            return AttemptOutcome.Retryable(CollectFailure.Unavailable, what, status, RetryPolicy.RetryAfter(response.Headers.RetryAfter, _time.GetUtcNow()));
        }

        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => AttemptOutcome.Final(CollectFailure.TokenRefused, $"the API refused the IAM token, even a fresh one ({what}); is the API key of the account these resources are in?", status),
            HttpStatusCode.Forbidden => AttemptOutcome.Final(CollectFailure.Forbidden, $"the API key may not read this ({what})", status),
            HttpStatusCode.NotFound => AttemptOutcome.Final(CollectFailure.NotFound, what, status),
            _ => AttemptOutcome.Final(CollectFailure.Rejected, what, status),
        };
    }

    /// <summary>The message of an error answer, from the JSON forms the IBM APIs use, shortened and with no secret or control character.</summary>
    private async Task<string?> ErrorMessageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        byte[] body;
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var buffer = new byte[ErrorBodyLimit];
                var read = 0;
                int n;
                while (read < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    read += n;
                }

                body = buffer[..read];
            }
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            return null;
        }

        string? text = null;
        try
        {
            var json = JsonNode.Parse(body);
            text = ErrorText(json);
        }
        catch (JsonException)
        {
            // Not JSON: a proxy's page or plain text says nothing the status does not.
        }

        if (text is null)
        {
            return null;
        }

        text = _redactor.Redact(text.Trim());
        return text.Length > 300 ? text[..300] + "..." : text;
    }

    // VPC and Transit: {"errors":[{"code","message"}]}; IAM: {"errorCode","errorMessage"}; Kubernetes Service: {"code","description"}.
    private static string? ErrorText(JsonNode? json)
    {
        if (json is not JsonObject error)
        {
            return null;
        }

        if (error["errors"] is JsonArray { Count: > 0 } errors && errors[0] is JsonObject first)
        {
            return Join(Text(first["code"]), Text(first["message"]));
        }

        return Join(Text(error["errorCode"]) ?? Text(error["code"]), Text(error["errorMessage"]) ?? Text(error["description"]) ?? Text(error["message"]));

        static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;

        static string? Join(string? code, string? message) => (code, message) switch
        {
            (null, null) => null,
            (null, _) => message,
            (_, null) => code,
            _ => $"{code} {message}",
        };
    }

    private static string Reason(HttpResponseMessage response) =>
        string.IsNullOrEmpty(response.ReasonPhrase) ? ((HttpStatusCode)(int)response.StatusCode).ToString() : SecretRedactor.Printable(response.ReasonPhrase);

    private static int FirstSignificant(byte[] body)
    {
        var start = 0;
        // Skip a UTF-8 byte order mark and white space.
        if (body.Length >= 3 && body[0] == 0xEF && body[1] == 0xBB && body[2] == 0xBF)
        {
            start = 3;
        }

        for (var i = start; i < body.Length; i++)
        {
            if (body[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return body[i];
            }
        }

        return -1;
    }

    private static bool IsCutOff(HttpRequestException e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is HttpIOException { HttpRequestError: HttpRequestError.ResponseEnded } || inner is HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded })
            {
                return true;
            }
        }

        // Reading the body wraps the broken connection in "Error while copying content to a stream".
        return e.InnerException is IOException && e.HttpRequestError != HttpRequestError.ConnectionError;
    }

    private static string Describe(HttpRequestException e)
    {
        var text = new StringBuilder(e.Message);
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (!text.ToString().Contains(inner.Message, StringComparison.Ordinal))
            {
                text.Append(": ").Append(inner.Message);
            }
        }

        return text.ToString().Replace(" See inner exception.", string.Empty, StringComparison.Ordinal).Replace(", see inner exception.", string.Empty, StringComparison.Ordinal);
    }

    private static TimeSpan Round(TimeSpan wait) => TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds));
}
