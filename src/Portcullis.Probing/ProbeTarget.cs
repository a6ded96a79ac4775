using System.Globalization;

namespace Portcullis.Probing;

/// <summary>
/// One opening to verify: a host and port, how deep to go (name resolution, TCP connect, TLS handshake, an HTTP
/// request), and for HTTP what the answer must be. Create one with <see cref="ForHttp"/>, <see cref="ForTls"/>,
/// <see cref="ForTcp"/>, <see cref="ForDns"/> or <see cref="TryParse"/>.
/// </summary>
public sealed partial record ProbeTarget
{
    private ProbeTarget(string host, int port, ProbeStep depth, bool useTls, HttpCheck? http)
    {
        Host = host;
        Port = port;
        Depth = depth;
        UseTls = useTls;
        Http = http;
        Name = DefaultName(host, port, depth, useTls, http);
    }

    /// <summary>What the report calls the target: by default its URL or <c>host:port</c>.</summary>
    public string Name
    {
        get;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
            field = value;
        }
    }

    /// <summary>What the opening is for (<c>ibmcloud cr</c>, <c>kubectl</c>), or <see langword="null"/>.</summary>
    public string? Purpose { get; init; }

    /// <summary>The host name or IP address (IPv6 without brackets).</summary>
    public string Host { get; }

    /// <summary>The TCP port; 0 for a target that only resolves its name.</summary>
    public int Port { get; }

    /// <summary>The deepest step wanted.</summary>
    public ProbeStep Depth { get; }

    /// <summary>Whether the probe makes a TLS handshake (<c>https://</c> and <c>tls://</c> targets).</summary>
    public bool UseTls { get; }

    /// <summary>The HTTP request and its expected answer when <see cref="Depth"/> is <see cref="ProbeStep.Http"/>.</summary>
    public HttpCheck? Http { get; }

    /// <summary>
    /// Accept a certificate that is not trusted (as <c>curl --insecure</c> does, for a master whose certificate an
    /// internal CA signed); the target is then <see cref="ProbeStatus.Degraded"/>, not open, and says why.
    /// </summary>
    public bool AllowUntrustedCertificate { get; init; }

    /// <summary>Whether <see cref="Name"/> is the one the target gets by default (its URL, <c>host:port</c> ...).</summary>
    public bool HasDefaultName => Name == DefaultName(Host, Port, Depth, UseTls, Http);

    /// <summary><c>host:port</c>, with IPv6 addresses in brackets.</summary>
    public string Endpoint => $"{HostForUri(Host)}:{Port}";

    /// <summary>The URL of an HTTP target, without the default port; <see langword="null"/> for other targets.</summary>
    public string? Url => Http is null ? null : UrlOf(Host, Port, UseTls, Http.PathAndQuery);

    /// <summary>An HTTP or HTTPS target.</summary>
    public static ProbeTarget ForHttp(string host, int port, bool useTls, HttpCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return new ProbeTarget(CheckHost(host), CheckPort(port), ProbeStep.Http, useTls, check);
    }

    /// <summary>A target that goes as far as the TLS handshake (an etcd port, a TLS service that is not HTTP).</summary>
    public static ProbeTarget ForTls(string host, int port) => new(CheckHost(host), CheckPort(port), ProbeStep.Tls, useTls: true, http: null);

    /// <summary>A target that goes as far as the TCP connection.</summary>
    public static ProbeTarget ForTcp(string host, int port) => new(CheckHost(host), CheckPort(port), ProbeStep.Tcp, useTls: false, http: null);

    /// <summary>A target that only resolves a name.</summary>
    public static ProbeTarget ForDns(string host) => new(CheckHost(host), 0, ProbeStep.Dns, useTls: false, http: null);

    /// <summary>A copy with another HTTP check; only for HTTP targets.</summary>
    public ProbeTarget WithHttp(HttpCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (Depth != ProbeStep.Http)
        {
            throw new InvalidOperationException($"{Name} is not an HTTP target.");
        }

        var keepName = !HasDefaultName;
        var copy = new ProbeTarget(Host, Port, Depth, UseTls, check) { Purpose = Purpose, AllowUntrustedCertificate = AllowUntrustedCertificate };
        return keepName ? copy with { Name = Name } : copy;
    }

    /// <summary>Whether a text is a host name or an IP address (IPv6 without brackets).</summary>
    public static bool IsValidHost(string? host) =>
        !string.IsNullOrEmpty(host) && Uri.CheckHostName(host) != UriHostNameType.Unknown;

    internal static string HostForUri(string host) => host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host;

    private static string UrlOf(string host, int port, bool useTls, string pathAndQuery)
    {
        var defaultPort = useTls ? 443 : 80;
        var portText = port == defaultPort ? string.Empty : ":" + port.ToString(CultureInfo.InvariantCulture);
        return $"{(useTls ? "https" : "http")}://{HostForUri(host)}{portText}{pathAndQuery}";
    }

    private static string DefaultName(string host, int port, ProbeStep depth, bool useTls, HttpCheck? http) => depth switch
    {
        ProbeStep.Http => UrlOf(host, port, useTls, http!.PathAndQuery),
        ProbeStep.Tls => $"tls://{HostForUri(host)}:{port}",
        ProbeStep.Tcp => $"{HostForUri(host)}:{port}",
        _ => $"dns://{host}",
    };

    private static string CheckHost(string host)
    {
        ArgumentException.ThrowIfNullOrEmpty(host);
        if (!IsValidHost(host))
        {
            throw new ArgumentException($"'{host}' is not a host name or IP address", nameof(host));
        }

        return host;
    }

    private static int CheckPort(int port)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        return port;
    }
}
