using System.Collections.Immutable;

namespace Portcullis.Core.Lint.Linters;

/// <summary>
/// TCP ports of remote administration and of data stores that should never face the whole internet: what
/// <c>admin-port-open-to-internet</c> checks. Common cloud security benchmarks flag the same list.
/// </summary>
internal static class AdminPorts
{
    /// <summary>The ports, each with the service that usually listens on it.</summary>
    public static ImmutableArray<(int Port, string Service)> Tcp { get; } =
    [
        (22, "SSH"),
        (23, "Telnet"),
        (1433, "SQL Server"),
        (1521, "Oracle"),
        (2375, "Docker API"),
        (2376, "Docker API (TLS)"),
        (2379, "etcd"),
        (2380, "etcd peers"),
        (3306, "MySQL"),
        (3389, "RDP"),
        (5432, "PostgreSQL"),
        (5900, "VNC"),
        (5985, "WinRM"),
        (5986, "WinRM (TLS)"),
        (6379, "Redis"),
        (9200, "Elasticsearch"),
        (10250, "kubelet"),
        (11211, "Memcached"),
        (27017, "MongoDB"),
    ];

    /// <summary><c>SSH (tcp 22)</c>, a comma list of up to three, or a count with the first three.</summary>
    public static string Describe(IReadOnlyCollection<int> ports) =>
        ports.Count <= 3 ? List(ports) : $"{ports.Count} administrative ports ({List(ports.Order().Take(3).ToList())}, ...)";

    /// <summary>Every port as <c>SSH (tcp 22)</c>, comma-separated.</summary>
    public static string List(IEnumerable<int> ports) =>
        string.Join(", ", ports.Order().Select(p => $"{Tcp.First(t => t.Port == p).Service} (tcp {p})"));
}
