using System.Net;
using System.Net.Sockets;

namespace Portcullis.Probing.Tests;

/// <summary>A resolver from a table, so that tests can use names without asking any DNS server.</summary>
internal sealed class FakeResolver : IHostResolver
{
    private readonly Dictionary<string, IPAddress[]> _names = new(StringComparer.OrdinalIgnoreCase);

    public List<string> Queries { get; } = [];

    public FakeResolver Add(string name, params IPAddress[] addresses)
    {
        _names[name] = addresses;
        return this;
    }

    public ValueTask<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        lock (Queries)
        {
            Queries.Add(host);
        }

        return host switch
        {
            "servfail.test" => throw new SocketException((int)SocketError.TryAgain),
            "nodata.test" => throw new SocketException((int)SocketError.NoData),
            _ when _names.TryGetValue(host, out var addresses) => ValueTask.FromResult(addresses),
            _ => throw new SocketException((int)SocketError.HostNotFound),
        };
    }
}
