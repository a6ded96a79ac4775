using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Portcullis.Probing.Internal;

internal sealed partial class TargetProbe
{
    /// <summary>
    /// Sends the request over the connection the earlier steps made (HTTP/1.1, no redirects followed) and checks
    /// the status and, when asked, the first <see cref="HttpCheck.MaxBodyBytes"/> bytes of the body.
    /// </summary>
    private async Task RequestAsync(CancellationToken cancellationToken)
    {
        var check = _target.Http!;
        var started = _time.GetTimestamp();

        // Plain HTTP through a proxy is forwarded by the proxy (absolute-form request); everything else runs on
        // the connection (or tunnel) that the earlier steps opened and, for HTTPS, secured. The handler gets that
        // connection from ConnectCallback, so its own TLS and proxy logic stay out of the way; the request is
        // addressed with http:// for that reason, and the Host header is set to what curl would send.
        var forward = _proxy is not null && !_target.UseTls;
        var connection = _stream;
        _stream = null;
        var reconnectAsked = false;
        using var handler = new SocketsHttpHandler
        {
            // The handler asks for a second connection only when the first ended before any answer (it retries
            // such requests); the probe has one connection, so that ending is the result.
            ConnectCallback = (_, _) =>
            {
                if (Interlocked.Exchange(ref connection, null) is { } stream)
                {
                    return ValueTask.FromResult(stream);
                }

                reconnectAsked = true;
                throw new IOException("the connection ended before any answer");
            },
            UseProxy = forward,
            Proxy = forward ? new WebProxy(new UriBuilder(_proxy!) { UserName = string.Empty, Password = string.Empty }.Uri) : null,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            UseCookies = false,
        };
        using var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        var authority = _target.Endpoint;
        using var request = new HttpRequestMessage(new HttpMethod(check.Method), new Uri($"http://{authority}{check.PathAndQuery}"))
        {
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        if (_target.UseTls && _target.Port == 443)
        {
            request.Headers.Host = authority[..authority.LastIndexOf(':')];
        }

        request.Headers.UserAgent.ParseAdd(ProbeHttp.UserAgent);
        request.Headers.Accept.ParseAdd("*/*");
        if (forward && _proxy!.UserInfo.Length > 0)
        {
            request.Headers.ProxyAuthorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(_proxy.UserInfo))));
        }

        var requestLine = $"{check.Method} {check.PathAndQuery}";
        _awaiting = $"the answer to {requestLine}";
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var code = (int)response.StatusCode;
            var reasonPhrase = response.ReasonPhrase ?? string.Empty;
            var accepted = check.AcceptedStatuses.Contains(code);
            var statusCheck = $"{code} is {(accepted ? string.Empty : "not ")}one of {check.AcceptedStatuses}";

            string? bodyCheck = null;
            var bodyPassed = true;
            var bytesRead = 0;
            if (accepted && check.Body is { } expectation)
            {
                _awaiting = $"the body of the answer to {requestLine}";
                var (body, count) = await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
                bytesRead = count;
                bodyPassed = expectation.Check(body, out var detail);
                bodyCheck = detail;
            }

            _http = new HttpObservation(requestLine, code, reasonPhrase, _time.GetElapsedTime(started))
            {
                Version = response.Version.ToString(),
                ContentType = response.Content.Headers.ContentType?.ToString(),
                BodyBytesRead = bytesRead,
                StatusCheck = statusCheck,
                BodyCheck = bodyCheck,
            };
            if (!accepted)
            {
                var location = response.Headers.Location is { } target ? $", redirecting to {target}" : string.Empty;
                var reason = forward && code == 407 ? ProbeReason.ProxyRefused : ProbeReason.UnexpectedStatus;
                var who = forward ? $"the proxy {ShownProxy} or the server" : "the server";
                Fail(ProbeStep.Http, reason, $"{who} answered {code} {reasonPhrase}{location}; expected {check.AcceptedStatuses}");
            }
            else if (!bodyPassed)
            {
                Fail(ProbeStep.Http, ProbeReason.UnexpectedBody, $"answered {code} {reasonPhrase} but the {bodyCheck}; expected the body to {check.Body}");
            }
        }
        catch (HttpRequestException) when (reconnectAsked && !cancellationToken.IsCancellationRequested)
        {
            Fail(ProbeStep.Http, ProbeReason.Closed, $"the server closed the connection without answering {requestLine}");
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task<(string Body, int Count)> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var buffer = new byte[HttpCheck.MaxBodyBytes];
        var count = 0;
        var content = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (content.ConfigureAwait(false))
        {
            int read;
            while (count < buffer.Length && (read = await content.ReadAsync(buffer.AsMemory(count), cancellationToken).ConfigureAwait(false)) > 0)
            {
                count += read;
            }
        }

        return (Encoding.UTF8.GetString(buffer, 0, count), count);
    }
}
