using System.Net;
using System.Net.Sockets;
using Portcullis.Core.Addresses;

namespace Portcullis.Probing.Internal;

internal sealed partial class TargetProbe
{
    /// <summary>Resolves the target's name, or the proxy's when a proxy carries the connection (the proxy resolves the target).</summary>
    private async Task ResolveAsync(CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        var forProxy = _proxy is not null;
        var name = _proxy is null ? _target.Host : _proxy.HostNameType == UriHostNameType.IPv6 ? _proxy.Host.Trim('[', ']') : _proxy.IdnHost;
        var whose = forProxy ? $"the proxy's host {name}" : name;
        if (IPAddress.TryParse(name, out var literal))
        {
            _addresses = [literal];
            _dns = new DnsObservation(name, [ToIpAddress(literal)], TimeSpan.Zero) { IsAddressLiteral = true, IsProxyName = forProxy };
            return;
        }

        _awaiting = $"the resolver's answer for {name}";
        try
        {
            _addresses = await _options.Resolver.ResolveAsync(name, cancellationToken).ConfigureAwait(false);
        }
        catch (SocketException e) when (!cancellationToken.IsCancellationRequested)
        {
            var (reason, message) = e.SocketErrorCode switch
            {
                SocketError.HostNotFound => (ProbeReason.NameNotFound, $"{whose} does not exist (NXDOMAIN)"),
                SocketError.NoData => (ProbeReason.NoAddress, $"{whose} exists but has no address"),
                SocketError.TryAgain => (ProbeReason.DnsFailure, $"the resolver could not answer for {whose} (server failure or no answer)"),
                _ => (ProbeReason.DnsFailure, $"the resolver failed for {whose}: {e.Message}"),
            };
            Fail(ProbeStep.Dns, reason, message);
            return;
        }

        if (_addresses.Length == 0)
        {
            Fail(ProbeStep.Dns, ProbeReason.NoAddress, $"{whose} exists but has no address");
            return;
        }

        _dns = new DnsObservation(name, [.. _addresses.Select(ToIpAddress)], _time.GetElapsedTime(started)) { IsProxyName = forProxy };
    }

    private static IpAddress ToIpAddress(IPAddress address)
    {
        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        if (plain.AddressFamily == AddressFamily.InterNetworkV6 && plain.ScopeId != 0)
        {
            plain = new IPAddress(plain.GetAddressBytes());
        }

        return IpAddress.Parse(plain.ToString());
    }
}
