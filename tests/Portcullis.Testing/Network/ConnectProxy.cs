using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Portcullis.Testing.Network;

/// <summary>
/// A tiny HTTP proxy on 127.0.0.1: tunnels <c>CONNECT host:port</c> and forwards absolute-form requests, but only to
/// loopback addresses. Names are looked up in <see cref="ProxyRules.Hosts"/> (the proxy resolves them, as a real one does);
/// unknown names get 502, denied destinations 403, missing credentials 407.
/// </summary>
public sealed class ConnectProxy : LoopbackServer
{
    private ConnectProxy(ProxyRules rules)
        : base((socket, stop) => ServeAsync(socket, rules, stop)) => Rules = rules;

    /// <summary>What the proxy does.</summary>
    public ProxyRules Rules { get; }

    /// <summary>The requests received: <c>CONNECT host:port HTTP/1.1</c> or the forwarded request line.</summary>
    public ConcurrentQueue<HttpHead> Requests => Rules.Requests;

    /// <summary>The proxy URL, <c>http://127.0.0.1:port</c>.</summary>
    public string Url => $"http://127.0.0.1:{Port}";

    /// <summary>Starts a proxy.</summary>
    public static ConnectProxy Start(ProxyRules? rules = null) => new(rules ?? new ProxyRules());

    /// <summary>What a <see cref="ConnectProxy"/> allows.</summary>
    public sealed class ProxyRules
    {
        /// <summary>Names the proxy resolves, each to a loopback address.</summary>
        public Dictionary<string, IPAddress> Hosts { get; } = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>Destinations (<c>host:port</c>) answered with 403.</summary>
        public HashSet<string> Denied { get; } = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>The <c>user:password</c> the proxy requires, or null.</summary>
        public string? Credentials { get; init; }

        /// <summary>The requests received.</summary>
        public ConcurrentQueue<HttpHead> Requests { get; } = new();
    }

    private static async Task ServeAsync(Socket client, ProxyRules rules, CancellationToken stop)
    {
        var clientStream = new NetworkStream(client, ownsSocket: false);
        await using (clientStream.ConfigureAwait(false))
        {
            var head = await HttpHead.ReadAsync(clientStream, stop).ConfigureAwait(false);
            if (head is null)
            {
                return;
            }

            rules.Requests.Enqueue(head);
            if (rules.Credentials is { } credentials)
            {
                var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials));
                if (!head.Headers.TryGetValue("Proxy-Authorization", out var given) || given != expected)
                {
                    await AnswerAsync(clientStream, "407 Proxy Authentication Required", stop).ConfigureAwait(false);
                    return;
                }
            }

            var connect = head.Method == "CONNECT";
            var authority = connect ? head.Target : new Uri(head.Target).Authority;
            if (rules.Denied.Contains(authority))
            {
                await AnswerAsync(clientStream, "403 Forbidden", stop).ConfigureAwait(false);
                return;
            }

            var colon = authority.LastIndexOf(':');
            var host = authority[..colon].Trim('[', ']');
            var port = int.Parse(authority[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            var address = IPAddress.TryParse(host, out var literal) ? literal : rules.Hosts.GetValueOrDefault(host);
            if (address is null || !IPAddress.IsLoopback(address))
            {
                // Unknown names, and anything not on this machine: a test proxy never leaves the loopback.
                await AnswerAsync(clientStream, "502 Bad Gateway", stop).ConfigureAwait(false);
                return;
            }

            using var upstream = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                await upstream.ConnectAsync(new IPEndPoint(address, port), stop).ConfigureAwait(false);
            }
            catch (SocketException)
            {
                await AnswerAsync(clientStream, "503 Service Unavailable", stop).ConfigureAwait(false);
                return;
            }

            var upstreamStream = new NetworkStream(upstream, ownsSocket: false);
            await using (upstreamStream.ConfigureAwait(false))
            {
                if (connect)
                {
                    await AnswerAsync(clientStream, "200 Connection established", stop).ConfigureAwait(false);
                }
                else
                {
                    await upstreamStream.WriteAsync(head.ToBytes(), stop).ConfigureAwait(false);
                }

                using var done = CancellationTokenSource.CreateLinkedTokenSource(stop);
                var up = clientStream.CopyToAsync(upstreamStream, done.Token);
                var down = upstreamStream.CopyToAsync(clientStream, done.Token);
                await Task.WhenAny(up, down).ConfigureAwait(false);
                await done.CancelAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task AnswerAsync(Stream stream, string status, CancellationToken stop)
    {
        var body = status.StartsWith("200", StringComparison.Ordinal) ? string.Empty : $"HTTP/1.1 {status}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        var text = status.StartsWith("200", StringComparison.Ordinal) ? $"HTTP/1.1 {status}\r\n\r\n" : body;
        await stream.WriteAsync(Encoding.ASCII.GetBytes(text), stop).ConfigureAwait(false);
        await stream.FlushAsync(stop).ConfigureAwait(false);
    }
}
