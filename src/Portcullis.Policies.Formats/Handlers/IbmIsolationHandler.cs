using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;
using Portcullis.Policies.Formats.Isolation;
using Portcullis.Policies.Isolation;

namespace Portcullis.Policies.Formats.Handlers;

/// <summary>Writes IBM's private-network isolation set for a region and a cluster's values, ready for <c>calicoctl apply</c>.</summary>
public static class IbmIsolationHandler
{
    /// <summary>Runs the generator; <paramref name="write"/> writes the output (and returns an exit code). Bad values exit 2.</summary>
    public static int Run(IbmIsolationOptions options, TextWriter error, Func<Action<TextWriter>, int> write) =>
        Run(options, IbmIsolationCatalogReader.Embedded, error, write);

    /// <summary>Runs the generator on a given catalog.</summary>
    public static int Run(IbmIsolationOptions options, IbmIsolationCatalog catalog, TextWriter error, Func<Action<TextWriter>, int> write)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(write);
        var diagnostics = new DiagnosticBag();
        var parameters = Parameters(options, diagnostics);
        if (!catalog.TryGetRegion(options.Region, out var region))
        {
            diagnostics.Error(PolicyDiagnosticCodes.BadArgument, $"IBM publishes no isolation set for region '{options.Region}'; the regions are {string.Join(", ", catalog.RegionNames)}");
        }

        if (PolicyInputLoader.Report(diagnostics, error) || region is null)
        {
            return PolicyExitCodes.BadInput;
        }

        var set = IbmIsolationGenerator.Generate(catalog.Source, region, parameters);
        return write(output => IbmIsolationWriter.Write(output, set));
    }

    private static IbmIsolationParameters Parameters(IbmIsolationOptions options, DiagnosticBag diagnostics)
    {
        var workers = ImmutableArray.CreateBuilder<IbmWorker>();
        foreach (var worker in options.Workers ?? [])
        {
            var equals = worker.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && IpAddress.TryParse(worker.AsSpan(equals + 1), out var address) && address.IsIPv4)
            {
                workers.Add(new IbmWorker(worker[..equals], address));
            }
            else
            {
                diagnostics.Error(PolicyDiagnosticCodes.BadArgument, $"worker '{worker}' is not NODE=PRIVATE-IP (for example kube-abc-w1=10.240.0.4)");
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

    private static ImmutableArray<IpPrefix>? Cidrs(IReadOnlyList<string>? texts, string what, DiagnosticBag diagnostics) =>
        texts is null ? null : [.. texts.Select(t => Cidr(t, what, diagnostics)).OfType<IpPrefix>()];

    private static IpPrefix? Cidr(string? text, string what, DiagnosticBag diagnostics, bool minimumSize = false)
    {
        if (text is null)
        {
            return null;
        }

        if (!IpPrefix.TryParse(text, out var prefix) || prefix.ToString() != text)
        {
            diagnostics.Error(PolicyDiagnosticCodes.BadArgument, $"the {what} '{text}' is not an IPv4 CIDR with no host bits (for example 172.17.0.0/18)");
            return null;
        }

        if (minimumSize && prefix.Length > 30)
        {
            diagnostics.Error(PolicyDiagnosticCodes.BadArgument, $"the {what} {text} is too small for a cluster");
            return null;
        }

        return prefix;
    }
}
