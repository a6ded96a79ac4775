using System.Net;
using System.Net.Sockets;

namespace Portcullis.Testing.Network;

/// <summary>
/// A port on 127.0.0.1 where connection attempts go unanswered, as behind a firewall that drops packets: a
/// listener with a backlog of one that never accepts, its queue already full, so Linux drops further SYNs.
/// </summary>
public sealed class BlackHole : IDisposable
{
    private readonly Socket _listener;
    private readonly Socket _filler;

    /// <summary>Opens the port and fills its queue.</summary>
    public BlackHole()
    {
        _listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(0);
        Port = ((IPEndPoint)_listener.LocalEndPoint!).Port;
        _filler = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _filler.Connect(new IPEndPoint(IPAddress.Loopback, Port));
    }

    /// <summary>The port.</summary>
    public int Port { get; }

    /// <summary>Closes the port.</summary>
    public void Dispose()
    {
        _filler.Dispose();
        _listener.Dispose();
    }
}
