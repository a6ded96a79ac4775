using System.Net;
using System.Net.Sockets;
using Portcullis.Application.Hosting;
using Portcullis.Cluster.Workstation;
using Portcullis.Core.Addresses;

namespace Portcullis.Application.Workstation;

/// <summary>
/// The addresses a workstation's firewall rules allow instead of host names: the ones IBM publishes where it publishes
/// any (<see cref="PublishedMasterAddresses"/>), and otherwise, or for every host with
/// <see cref="WorkstationAddressing.Resolve"/>, what DNS answers now.
/// </summary>
public static class WorkstationAddresses
{
    /// <summary>How long one host's resolution may take.</summary>
    public static TimeSpan ResolveTimeout { get; } = TimeSpan.FromSeconds(10);

    /// <summary>The addresses of every requirement's host; <see langword="null"/> (after printing why) when a host cannot be resolved.</summary>
    /// <param name="requirements">What the workstation must reach.</param>
    /// <param name="addressing">Published (with DNS for the rest) or DNS for every host.</param>
    /// <param name="region">The cluster's region, which selects the published tables.</param>
    /// <param name="environment">Resolves host names, and takes the errors.</param>
    /// <param name="cancellationToken">Stops resolving.</param>
    public static async Task<Func<EgressRequirement, DestinationAddresses?>?> FindAsync(
        IReadOnlyList<EgressRequirement> requirements, WorkstationAddressing addressing, string region, CommandEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        ArgumentNullException.ThrowIfNull(environment);
        var found = new Dictionary<EgressRequirement, DestinationAddresses>(ReferenceEqualityComparer.Instance);
        var resolved = new Dictionary<string, DestinationAddresses?>(StringComparer.OrdinalIgnoreCase);
        var ok = true;
        foreach (var requirement in requirements)
        {
            if (addressing == WorkstationAddressing.Published && PublishedMasterAddresses.For(requirement, region) is { } published)
            {
                found[requirement] = published;
                continue;
            }

            if (!resolved.TryGetValue(requirement.Host, out var addresses))
            {
                resolved[requirement.Host] = addresses = await ResolveAsync(requirement.Host, environment, cancellationToken).ConfigureAwait(false);
            }

            if (addresses is null)
            {
                ok = false;
                continue;
            }

            found[requirement] = addresses;
        }

        return ok ? requirement => found.GetValueOrDefault(requirement) : null;
    }

    private static async Task<DestinationAddresses?> ResolveAsync(string host, CommandEnvironment environment, CancellationToken cancellationToken)
    {
        const string Hint = "With '--addresses names' the firewall resolves the host names itself when it loads the rules.";
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ResolveTimeout);
        IPAddress[] answer;
        try
        {
            answer = await environment.ResolveHost(host, timeout.Token).ConfigureAwait(false);
        }
        catch (SocketException e)
        {
            environment.UsageError($"cannot resolve {host}: {e.Message}", Hint);
            return null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            environment.UsageError($"cannot resolve {host}: no answer within {ResolveTimeout.TotalSeconds:0} seconds", Hint);
            return null;
        }

        var addresses = answer.Where(a => a.AddressFamily == AddressFamily.InterNetwork).Select(a => IpAddress.Parse(a.ToString().AsSpan())).Distinct().Order().ToList();
        if (addresses.Count == 0)
        {
            environment.UsageError($"cannot resolve {host}: DNS gives it no IPv4 address", Hint);
            return null;
        }

        return new DestinationAddresses(host, [.. addresses], AddressOrigin.Resolved);
    }
}
