using System.Net;
using System.Net.Sockets;

namespace Portcullis.Probing.Internal;

internal sealed partial class TargetProbe
{
    /// <summary>
    /// Connects to the resolved addresses in order until one answers; through a proxy, then asks it with
    /// <c>CONNECT</c> for a tunnel to the target (except for plain HTTP, which the proxy forwards itself).
    /// </summary>
    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        var port = _proxy?.Port ?? _target.Port;
        var failures = new List<(SocketError Error, string EndPoint)>();
        Socket? connected = null;
        string remote = string.Empty;
        foreach (var address in _addresses)
        {
            remote = EndPointText(new IPEndPoint(address, port));
            _awaiting = $"the connection to {remote}{FailedSoFar(failures)}";
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), cancellationToken).ConfigureAwait(false);
                connected = socket;
                break;
            }
            catch (SocketException e) when (!cancellationToken.IsCancellationRequested)
            {
                socket.Dispose();
                failures.Add((e.SocketErrorCode, remote));
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        var failedAttempts = failures.Select(f => $"{f.EndPoint}: {DescribeSocketError(f.Error, f.EndPoint).Message}").ToArray();
        if (connected is null)
        {
            var (reason, message) = DescribeSocketError(failures[^1].Error, failures[^1].EndPoint);
            var proxyNote = _proxy is null ? string.Empty : $" (the proxy {ShownProxy})";
            Fail(ProbeStep.Tcp, reason, failures.Count == 1 ? message + proxyNote : $"no address answered{proxyNote}: {string.Join("; ", failedAttempts)}");
            return;
        }

        _stream = new NetworkStream(connected, ownsSocket: true);
        string? proxyAnswer = null;
        if (_proxy is not null && (_target.UseTls || _target.Depth != ProbeStep.Http))
        {
            _awaiting = $"the tunnel through the proxy {ShownProxy} to {_target.Endpoint}";
            var answer = await ProxyTunnel.ConnectAsync(_stream, _proxy, _target.Endpoint, cancellationToken).ConfigureAwait(false);
            proxyAnswer = answer.StatusLine;
            if (!answer.IsSuccess)
            {
                var (reason, message) = answer.StatusCode switch
                {
                    0 => (ProbeReason.ProxyFailure, $"the proxy {ShownProxy} {answer.StatusLine}"),
                    407 => (ProbeReason.ProxyRefused, $"the proxy {ShownProxy} wants credentials for CONNECT {_target.Endpoint} ({answer.StatusLine}): put them in the proxy URL, http://user:password@host:port"),
                    >= 500 => (ProbeReason.ProxyRefused, $"the proxy {ShownProxy} could not reach {_target.Endpoint} ({answer.StatusLine})"),
                    _ => (ProbeReason.ProxyRefused, $"the proxy {ShownProxy} refused CONNECT {_target.Endpoint} ({answer.StatusLine})"),
                };
                Fail(ProbeStep.Tcp, reason, message);
            }
        }

        _tcp = new TcpObservation(remote, _time.GetElapsedTime(started)) { FailedAttempts = [.. failedAttempts], Proxy = ShownProxy, ProxyAnswer = proxyAnswer };
    }

    private static string FailedSoFar(List<(SocketError Error, string EndPoint)> failures) =>
        failures.Count == 0 ? string.Empty : $" (after {string.Join("; ", failures.Select(f => $"{f.EndPoint}: {f.Error}"))})";

    private static string EndPointText(IPEndPoint endPoint)
    {
        var address = endPoint.Address.IsIPv4MappedToIPv6 ? endPoint.Address.MapToIPv4() : endPoint.Address;
        return address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{address}]:{endPoint.Port}" : $"{address}:{endPoint.Port}";
    }
}
