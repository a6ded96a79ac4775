using System.Globalization;
using System.Text;

namespace Portcullis.Probing.Internal;

/// <summary>
/// Asks an HTTP proxy for a tunnel with <c>CONNECT host:port</c> (RFC 9110 §9.3.6) and reads its answer header,
/// byte by byte, so that nothing of the tunnelled stream is consumed.
/// </summary>
internal static class ProxyTunnel
{
    private const int MaxHeaderBytes = 16 * 1024;

    /// <summary>The proxy's answer: <see cref="StatusCode"/> 0 when it gave none that is HTTP.</summary>
    internal readonly record struct Answer(int StatusCode, string StatusLine)
    {
        public bool IsSuccess => StatusCode is >= 200 and < 300;
    }

    public static async Task<Answer> ConnectAsync(Stream stream, Uri proxy, string authority, CancellationToken cancellationToken)
    {
        var request = new StringBuilder()
            .Append("CONNECT ").Append(authority).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(authority).Append("\r\n")
            .Append("User-Agent: ").Append(ProbeHttp.UserAgent).Append("\r\n");
        if (proxy.UserInfo.Length > 0)
        {
            // curl sends Basic credentials at once when the proxy URL carries them; so does the probe.
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(proxy.UserInfo)));
            request.Append("Proxy-Authorization: Basic ").Append(credentials).Append("\r\n");
        }

        request.Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request.ToString()), cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);

        var header = new List<byte>(256);
        var one = new byte[1];
        while (header.Count < 4 || header[^4] != '\r' || header[^3] != '\n' || header[^2] != '\r' || header[^1] != '\n')
        {
            if (header.Count >= MaxHeaderBytes)
            {
                return new Answer(0, $"sent an answer header longer than {MaxHeaderBytes} bytes to CONNECT");
            }

            if (await stream.ReadAsync(one, cancellationToken).ConfigureAwait(false) == 0)
            {
                return new Answer(0, header.Count == 0 ? "closed the connection without answering CONNECT" : "closed the connection in the middle of its answer to CONNECT");
            }

            header.Add(one[0]);
        }

        var statusLine = Encoding.ASCII.GetString([.. header]).Split("\r\n")[0];
        var parts = statusLine.Split(' ', 3);
        if (parts.Length < 2 || !parts[0].StartsWith("HTTP/1.", StringComparison.Ordinal)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var code) || code is < 100 or > 599)
        {
            return new Answer(0, $"answered CONNECT with something that is not HTTP: \"{statusLine}\"");
        }

        return new Answer(code, parts.Length == 3 ? $"{code} {parts[2]}" : $"{code}");
    }
}
