using System.Collections.Concurrent;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace Portcullis.Testing.Network;

/// <summary>
/// A small HTTP/1.1 server on 127.0.0.1, plain or TLS, answering fixed responses by path (404 elsewhere), one
/// request per connection. Enough to stand in for the endpoints the probe checks, and nothing more.
/// </summary>
public sealed class LoopbackHttpServer : LoopbackServer
{
    private LoopbackHttpServer(IReadOnlyDictionary<string, TestResponse> routes, X509Certificate2? certificate, ConcurrentQueue<RecordedRequest> requests)
        : base((socket, stop) => ServeAsync(socket, routes, certificate, requests, stop))
    {
        Requests = requests;
        IsTls = certificate is not null;
    }

    /// <summary>The requests received, in order.</summary>
    public ConcurrentQueue<RecordedRequest> Requests { get; }

    /// <summary>Whether the server speaks TLS.</summary>
    public bool IsTls { get; }

    /// <summary>The URL of a path on this server, by address (127.0.0.1).</summary>
    public string Url(string path) => $"{(IsTls ? "https" : "http")}://127.0.0.1:{Port}{path}";

    /// <summary>Starts a server with the given routes; TLS when a certificate is given.</summary>
    public static LoopbackHttpServer Start(IReadOnlyDictionary<string, TestResponse> routes, X509Certificate2? certificate = null) =>
        new(routes, certificate, new ConcurrentQueue<RecordedRequest>());

    /// <summary>Routes that answer as the IBM endpoints in the documentation's curl steps do (bodies shortened).</summary>
    public static IReadOnlyDictionary<string, TestResponse> IbmCloudRoutes { get; } = new Dictionary<string, TestResponse>
    {
        ["/"] = TestResponse.Text("ok"),
        ["/v1/"] = TestResponse.Text("IBM Cloud Kubernetes Service\n  ~~ containers API ~~\n"),
        ["/global/v1/versions"] = TestResponse.Json("""{"kubernetes":[{"major":1,"minor":30,"patch":4,"default":true}],"openshift":[{"major":4,"minor":16,"patch":9}]}"""),
        ["/version"] = TestResponse.Json("""{"major":"1","minor":"30","gitVersion":"v1.30.4+IKS","platform":"linux/amd64"}"""),
        ["/api/v1/messages"] = new TestResponse(204, "No Content"),
        ["/error"] = new TestResponse(500, "Internal Server Error", "boom", "text/plain"),
        ["/login"] = new TestResponse(302, "Found") { Headers = new Dictionary<string, string> { ["Location"] = "/login/next" } },
    };

    private static async Task ServeAsync(Socket socket, IReadOnlyDictionary<string, TestResponse> routes, X509Certificate2? certificate, ConcurrentQueue<RecordedRequest> requests, CancellationToken stop)
    {
        Stream stream = new NetworkStream(socket, ownsSocket: false);
        await using (stream.ConfigureAwait(false))
        {
            string? serverName = null;
            if (certificate is not null)
            {
                var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
                stream = ssl;
                await ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
                {
                    ServerCertificate = certificate,
                    ApplicationProtocols = [SslApplicationProtocol.Http11],
                }, stop).ConfigureAwait(false);
                serverName = string.IsNullOrEmpty(ssl.TargetHostName) ? null : ssl.TargetHostName;
            }

            var head = await HttpHead.ReadAsync(stream, stop).ConfigureAwait(false);
            if (head is null)
            {
                return;
            }

            requests.Enqueue(new RecordedRequest(head, serverName));
            var response = routes.TryGetValue(head.PathAndQuery, out var found) ? found : new TestResponse(404, "Not Found", "no such path", "text/plain");
            await stream.WriteAsync(response.ToBytes(), stop).ConfigureAwait(false);
            await stream.FlushAsync(stop).ConfigureAwait(false);
        }
    }
}
