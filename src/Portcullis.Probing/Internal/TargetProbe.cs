using System.Net;
using System.Net.Sockets;

namespace Portcullis.Probing.Internal;

/// <summary>
/// Probes one target, step by step, keeping what each step observed; one instance per target and run. The steps
/// live in the partial files <c>TargetProbe.Dns.cs</c>, <c>.Tcp.cs</c>, <c>.Tls.cs</c> and <c>.Http.cs</c>.
/// </summary>
internal sealed partial class TargetProbe : IAsyncDisposable
{
    private readonly ProberOptions _options;
    private readonly ProbeTarget _target;
    private readonly int _index;
    private readonly IProgress<ProbeProgress>? _progress;
    private readonly ProbeTokens _tokens;
    private readonly TimeProvider _time;
    private readonly Uri? _proxy;
    private readonly List<ProbeFinding> _warnings = [];

    private IPAddress[] _addresses = [];
    private Stream? _stream;
    private DnsObservation? _dns;
    private TcpObservation? _tcp;
    private TlsObservation? _tls;
    private HttpObservation? _http;
    private ProbeFinding? _failure;

    // What the running step waits for, as a noun phrase ("the TLS handshake with ..."), so that a timeout can say so.
    private string _awaiting = string.Empty;

    public TargetProbe(ProberOptions options, ProbeTarget target, int index, IProgress<ProbeProgress>? progress, ProbeTokens tokens)
    {
        _options = options;
        _target = target;
        _index = index;
        _progress = progress;
        _tokens = tokens;
        _time = options.TimeProvider;
        _proxy = options.Proxy.ProxyFor(target);
    }

    /// <summary>The proxy as it may be printed (no password).</summary>
    private Uri? ShownProxy => _proxy is null ? null : ProxySettings.Redact(_proxy);

    public async Task<ProbeResult> RunAsync()
    {
        var started = _time.GetTimestamp();
        if (await StepAsync(ProbeStep.Dns, ResolveAsync).ConfigureAwait(false)
            && _target.Depth >= ProbeStep.Tcp
            && await StepAsync(ProbeStep.Tcp, ConnectAsync).ConfigureAwait(false)
            && (!_target.UseTls || await StepAsync(ProbeStep.Tls, HandshakeAsync).ConfigureAwait(false))
            && _target.Depth == ProbeStep.Http)
        {
            await StepAsync(ProbeStep.Http, RequestAsync).ConfigureAwait(false);
        }

        // The connection is closed before the result is reported, so that a run leaves no socket open.
        await DisposeAsync().ConfigureAwait(false);

        return new ProbeResult(_target)
        {
            Dns = _dns,
            Tcp = _tcp,
            Tls = _tls,
            Http = _http,
            Failure = _failure,
            Warnings = [.. _warnings],
            Proxy = _target.Depth == ProbeStep.Dns ? null : ShownProxy,
            Elapsed = _time.GetElapsedTime(started),
        };
    }

    /// <summary>Closes the connection, if one is still open.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _stream, null) is { } stream)
        {
            await stream.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Runs a step within its time limit; returns whether it passed.</summary>
    private async Task<bool> StepAsync(ProbeStep step, Func<CancellationToken, Task> body)
    {
        _progress?.Report(new ProbeProgress(_index, _target, step, Result: null));
        using var timeout = new CancellationTokenSource(_options.StepTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(_tokens.Either, timeout.Token);
        _awaiting = string.Empty;
        try
        {
            linked.Token.ThrowIfCancellationRequested();
            await body(linked.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (linked.IsCancellationRequested && IsExpected(e))
        {
            // Whatever the operation threw once its token fired (an OperationCanceledException, or an IOException
            // from a stream closed under it), the cause is the clock, or the caller.
            _tokens.Caller.ThrowIfCancellationRequested();
            var overall = ProbeDuration.Format(_options.OverallTimeout ?? TimeSpan.Zero);
            var message = !_tokens.Deadline.IsCancellationRequested
                ? $"{(_awaiting.Length == 0 ? $"the {step.ToString().ToLowerInvariant()} step" : _awaiting)} took longer than {ProbeDuration.Format(_options.StepTimeout)}{TimeoutHint(step)}"
                : _awaiting.Length == 0 ? $"the overall timeout of {overall} ran out before the {step.ToString().ToLowerInvariant()} step of this target could run"
                : $"the overall timeout of {overall} ran out during {_awaiting}";
            Fail(step, ProbeReason.Timeout, message);
        }

        catch (Exception e) when (IsExpected(e))
        {
            var (reason, message) = Describe(e);
            Fail(step, reason, $"{message}{(_awaiting.Length == 0 ? string.Empty : $" (during {_awaiting})")}");
        }

        return _failure is null;
    }

    private static string TimeoutHint(ProbeStep step) => step switch
    {
        ProbeStep.Tcp => ": packets are dropped on the way (a firewall that drops rather than rejects looks like this)",
        ProbeStep.Tls => ": the port is open but nothing answers TLS (or a firewall holds the handshake)",
        _ => string.Empty,
    };

    private void Fail(ProbeStep step, ProbeReason reason, string message) => _failure ??= new ProbeFinding(step, reason, message);

    private void Warn(ProbeStep step, ProbeReason reason, string message) => _warnings.Add(new ProbeFinding(step, reason, message));

    private static bool IsExpected(Exception e) =>
        e is OperationCanceledException or SocketException or IOException or HttpRequestException or System.Security.Authentication.AuthenticationException
            or ObjectDisposedException or InvalidDataException;

    /// <summary>The reason and message of a network failure that a step did not describe itself.</summary>
    private static (ProbeReason Reason, string Message) Describe(Exception e) => e switch
    {
        SocketException socket => DescribeSocketError(socket.SocketErrorCode, "the peer"),
        HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded } => (ProbeReason.Closed, "the server closed the connection before a complete HTTP answer"),
        HttpRequestException { HttpRequestError: HttpRequestError.InvalidResponse } http => (ProbeReason.ProtocolError, $"the answer is not valid HTTP: {http.Message}"),
        _ when FindSocketError(e) is { } inner => DescribeSocketError(inner, "the peer"),
        IOException => (ProbeReason.Closed, $"the connection ended: {e.Message}"),
        _ => (ProbeReason.ProtocolError, e.Message),
    };

    private static SocketError? FindSocketError(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException socket)
            {
                return socket.SocketErrorCode;
            }
        }

        return null;
    }

    private static (ProbeReason Reason, string Message) DescribeSocketError(SocketError error, string endpoint) => error switch
    {
        SocketError.ConnectionRefused => (ProbeReason.Refused, $"connection refused by {endpoint} (nothing listens there, or a firewall rejects it)"),
        SocketError.ConnectionReset => (ProbeReason.Reset, $"connection reset by {endpoint}"),
        SocketError.ConnectionAborted => (ProbeReason.Reset, $"connection aborted with {endpoint}"),
        SocketError.TimedOut => (ProbeReason.Timeout, $"no answer from {endpoint} (the system's connect timeout)"),
        SocketError.NetworkUnreachable or SocketError.NetworkDown => (ProbeReason.Unreachable, $"network unreachable for {endpoint}: no route from this machine"),
        SocketError.HostUnreachable or SocketError.HostDown => (ProbeReason.Unreachable, $"host unreachable: {endpoint}"),
        SocketError.AccessDenied => (ProbeReason.Refused, $"this machine denied the connection to {endpoint} (a local firewall rule)"),
        SocketError.AddressFamilyNotSupported or SocketError.AddressNotAvailable => (ProbeReason.Unreachable, $"{endpoint}: this machine has no address of that family"),
        _ => (ProbeReason.Unreachable, $"{endpoint}: {error}"),
    };
}
