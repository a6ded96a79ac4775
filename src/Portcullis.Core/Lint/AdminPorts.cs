using System.Collections.Immutable;

namespace Portcullis.Core.Lint;

/// <summary>
/// TCP ports of remote administration and of data stores that should never face the whole internet: what
/// <c>admin-port-open-to-internet</c> checks, and what the reply-rule linter counts as dangerous to reach. Common
/// cloud security benchmarks flag the same list.
/// </summary>
public static class AdminPorts
{
    /// <summary>The ports in ascending order, each with the service that usually listens on it.</summary>
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

    /// <summary>The service that usually listens on one of the <see cref="Tcp"/> ports.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the port is not one of them.</exception>
    public static string Service(int port)
    {
        foreach (var (known, service) in Tcp)
        {
            if (known == port)
            {
                return service;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(port), port, "Not an administrative port.");
    }
}
