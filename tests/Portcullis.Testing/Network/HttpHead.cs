using System.Text;

namespace Portcullis.Testing.Network;

/// <summary>The head of an HTTP/1.1 message as test servers read it: the first line and the header fields.</summary>
public sealed record HttpHead(string FirstLine, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>Reads up to the blank line, byte by byte (so nothing after the head is consumed); null when the peer closed first.</summary>
    public static async Task<HttpHead?> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (bytes.Count < 4 || bytes[^4] != '\r' || bytes[^3] != '\n' || bytes[^2] != '\r' || bytes[^1] != '\n')
        {
            if (bytes.Count > 64 * 1024 || await stream.ReadAsync(one, cancellationToken).ConfigureAwait(false) == 0)
            {
                return null;
            }

            bytes.Add(one[0]);
        }

        var lines = Encoding.ASCII.GetString([.. bytes]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        return new HttpHead(lines[0], headers);
    }

    /// <summary>The method, such as <c>GET</c> or <c>CONNECT</c>.</summary>
    public string Method => FirstLine.Split(' ')[0];

    /// <summary>The request target as written (origin form, absolute form or authority form).</summary>
    public string Target => FirstLine.Split(' ').ElementAtOrDefault(1) ?? string.Empty;

    /// <summary>The path and query, also for an absolute-form target.</summary>
    public string PathAndQuery => Target.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? new Uri(Target).PathAndQuery : Target;

    /// <summary>The raw bytes of the head, for relaying it.</summary>
    public byte[] ToBytes()
    {
        var text = new StringBuilder(FirstLine).Append("\r\n");
        foreach (var (name, value) in Headers)
        {
            text.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        return Encoding.ASCII.GetBytes(text.Append("\r\n").ToString());
    }
}
