using System.Collections.Immutable;
using Portcullis.Application.Hosting;
using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;
using Portcullis.Policies.Formats;
using Portcullis.Policies.Formats.Isolation;
using Portcullis.Policies.Isolation;

namespace Portcullis.Application.Policies;

/// <summary>Writes IBM's private-network isolation set for a region and a cluster's values, ready for <c>calicoctl apply</c>; every bad value is reported, and exits 2.</summary>
/// <param name="catalog">The per-region data (IBM's published set, embedded by default).</param>
public sealed class IbmIsolationHandler(IbmIsolationCatalog catalog) : ICommandHandler<IbmIsolationOptions>
{
    /// <summary>A generator from the set embedded in the program.</summary>
    public IbmIsolationHandler()
        : this(IbmIsolationCatalogReader.Embedded)
    {
    }

    /// <inheritdoc />
    public async Task<int> RunAsync(IbmIsolationOptions options, CommandEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        var diagnostics = new DiagnosticBag();
        var parameters = Parameters(options, diagnostics);
        if (!catalog.TryGetRegion(options.Region, out var region))
        {
            diagnostics.Report(
                PolicyDiagnostics.InvalidIsolationValue, null,
                $"IBM publishes no isolation set for region '{options.Region}'; the regions are {string.Join(", ", catalog.RegionNames)}");
        }

        if (environment.Report(diagnostics.ToImmutable()) || region is null)
        {
            return ExitCodes.BadInput;
        }

        var set = IbmIsolationGenerator.Generate(catalog.Source, region, parameters);
        return await environment.WriteAsync(options.Output, [], output => IbmIsolationWriter.Write(output, set), cancellationToken).ConfigureAwait(false);
    }

    private static IbmIsolationParameters Parameters(IbmIsolationOptions options, DiagnosticBag diagnostics)
    {
        var workers = ImmutableArray.CreateBuilder<IbmWorker>();
        foreach (var worker in options.Workers)
        {
            var equals = worker.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && IpAddress.TryParse(worker.AsSpan(equals + 1), out var address) && address.IsIPv4)
            {
                workers.Add(new IbmWorker(worker[..equals], address));
            }
            else
            {
                diagnostics.Report(PolicyDiagnostics.InvalidIsolationValue, null, $"worker '{worker}' is not NODE=PRIVATE-IP (for example kube-abc-w1=10.240.0.4)");
            }
        }

        return new IbmIsolationParameters
        {
            PodSubnet = Cidr(options.PodSubnet, "pod subnet", diagnostics),
            ServiceSubnet = Cidr(options.ServiceSubnet, "service subnet", diagnostics, minimumSize: true),
            ControlPlane = Cidrs(options.ControlPlane, "control-plane net", diagnostics),
            SysMgmt = Cidrs(options.SysMgmt, "management net", diagnostics),
            IncludePrivateServices = options.IncludePrivateServices,
            IncludeVrrp = options.IncludeVrrp,
            Workers = workers.ToImmutable(),
        };
    }

    private static ImmutableArray<IpPrefix>? Cidrs(ImmutableArray<string>? texts, string what, DiagnosticBag diagnostics) =>
        texts is { } values ? [.. values.Select(t => Cidr(t, what, diagnostics)).OfType<IpPrefix>()] : null;

    private static IpPrefix? Cidr(string? text, string what, DiagnosticBag diagnostics, bool minimumSize = false)
    {
        if (text is null)
        {
            return null;
        }

        if (!IpPrefix.TryParse(text, out var prefix) || prefix.ToString() != text)
        {
            diagnostics.Report(PolicyDiagnostics.InvalidIsolationValue, null, $"the {what} '{text}' is not an IPv4 CIDR with no host bits (for example 172.17.0.0/18)");
            return null;
        }

        if (minimumSize && prefix.Length > 30)
        {
            diagnostics.Report(PolicyDiagnostics.InvalidIsolationValue, null, $"the {what} {text} is too small for a cluster");
            return null;
        }

        return prefix;
    }
}
