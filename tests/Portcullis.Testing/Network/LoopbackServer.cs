using System.Net;
using System.Net.Sockets;

namespace Portcullis.Testing.Network;

/// <summary>
/// A TCP server on 127.0.0.1 and a free port, for tests that must never reach another address. Each accepted
/// connection runs the handler until it returns or the server is disposed.
/// </summary>
public class LoopbackServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<Socket, CancellationToken, Task> _handler;
    private readonly List<Task> _connections = [];
    private readonly Task _acceptLoop;
    private int _accepted;

    /// <summary>Starts listening at once.</summary>
    public LoopbackServer(Func<Socket, CancellationToken, Task> handler)
    {
        _handler = handler;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _acceptLoop = AcceptLoopAsync();
    }

    /// <summary>The port listened on.</summary>
    public int Port { get; }

    /// <summary><c>127.0.0.1:port</c>.</summary>
    public string Endpoint => $"127.0.0.1:{Port}";

    /// <summary>How many connections were accepted.</summary>
    public int Accepted => Volatile.Read(ref _accepted);

    /// <summary>A server that accepts connections and then says nothing, ever (until disposed).</summary>
    public static LoopbackServer Silent() => new(async (_, stop) => await Task.Delay(Timeout.Infinite, stop).ConfigureAwait(false));

    /// <summary>A server that accepts, reads what the client sends first, and resets the connection (as an SNI-filtering firewall does).</summary>
    public static LoopbackServer Resetting() => new(async (socket, stop) =>
    {
        var buffer = new byte[4096];
        _ = await socket.ReceiveAsync(buffer, SocketFlags.None, stop).ConfigureAwait(false);
        socket.LingerState = new LingerOption(true, 0);
        socket.Close();
    });

    /// <summary>A port on 127.0.0.1 where nothing listens (it was bound and released), so connections are refused.</summary>
    public static int ClosedPort()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    /// <summary>Stops listening and ends every connection.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        try
        {
            await _acceptLoop.ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // The listener was stopped under the accept.
        }

        Task[] connections;
        lock (_connections)
        {
            connections = [.. _connections];
        }

        await Task.WhenAll(connections).ConfigureAwait(false);
        _stop.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var socket = await _listener.AcceptSocketAsync(_stop.Token).ConfigureAwait(false);
            Interlocked.Increment(ref _accepted);
            lock (_connections)
            {
                _connections.Add(ServeAsync(socket));
            }
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        try
        {
            await _handler(socket, _stop.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or IOException or ObjectDisposedException or System.Security.Authentication.AuthenticationException)
        {
            // The client went away or the server stopped: nothing to report in a test server.
        }
        finally
        {
            socket.Dispose();
        }
    }
}
