using Portcullis.Cluster.Description;
using Portcullis.Cluster.Formats.Catalogs;
using Portcullis.Cluster.Requirements;
using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;
using Portcullis.Formats;
using Portcullis.Formats.Yaml;

namespace Portcullis.Cluster.Formats.Description;

/// <summary>
/// Reads a cluster description (<c>cluster.yaml</c>; JSON is accepted too), reporting every problem with the file,
/// the key path, and its line and column.
/// </summary>
public static class ClusterDescriptionReader
{
    private static readonly string[] Keys =
    [
        "name", "id", "region", "version", "zones", "podSubnet", "serviceSubnet", "publicServiceEndpoint", "privateServiceEndpoint",
        "etcd", "workerPools", "workers", "registryRegions", "vpcConfigs", "policies", "overrides",
    ];

    // Trees of the file system that hold no configurations, only the system's state and devices.
    private static readonly string[] SpecialTrees = ["/proc/", "/sys/", "/dev/"];

    /// <summary>Reads a description file.</summary>
    public static bool TryReadFile(string path, DiagnosticBag diagnostics, out ClusterDescription? description)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        description = null;
        var local = new DiagnosticBag();
        if (!YamlDocuments.TryLoadFile(path, local, "a cluster description", out var root))
        {
            diagnostics.AddRange(local.ToImmutable());
            return false;
        }

        description = Read(root, local);
        diagnostics.AddRange(local.ToImmutable());
        if (local.HasErrors)
        {
            description = null;
        }

        return description is not null;
    }

    /// <summary>Reads a description from text.</summary>
    public static bool TryRead(string text, string file, DiagnosticBag diagnostics, out ClusterDescription? description)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        description = null;
        var local = new DiagnosticBag();
        if (YamlDocuments.TryLoad(text, file, local, "a cluster description", out var root))
        {
            description = Read(root, local);
        }

        diagnostics.AddRange(local.ToImmutable());
        if (local.HasErrors)
        {
            description = null;
        }

        return description is not null;
    }

    private static ClusterDescription? Read(YamlCursor root, DiagnosticBag diagnostics)
    {
        if (!root.IsMapping)
        {
            root.Report(ClusterDiagnostics.NotAClusterDescription, root.Describe());
            return null;
        }

        root.WarnUnknownKeys(Keys);
        var builder = new ClusterDescriptionBuilder
        {
            Name = root["name"].Required("name"),
            Id = root["id"].Required("id"),
            Region = root["region"].Required("region"),
            Version = root["version"].Required("version"),
            PodSubnet = Prefix(root["podSubnet"]),
            ServiceSubnet = Prefix(root["serviceSubnet"]),
            PublicEndpoint = Endpoint(root["publicServiceEndpoint"], 443),
            PrivateEndpoint = Endpoint(root["privateServiceEndpoint"], 443),
            Etcd = Endpoint(root["etcd"], null),
            Location = root.Location,
        };
        if (builder.Version is { } version && !KubernetesVersion.TryParse(version, out _))
        {
            root["version"].Report(ClusterDiagnostics.UnknownKubernetesVersion, version);
            builder.Version = null;
        }

        builder.Zones.AddRange(root["zones"].Strings().Select(s => s.Text));
        foreach (var pool in root["workerPools"].Items())
        {
            pool.WarnUnknownKeys("name", "subnets");
            var name = pool["name"].Required("the worker pool's name") ?? "default";
            foreach (var subnet in pool["subnets"].Items())
            {
                subnet.WarnUnknownKeys("id", "name", "zone", "cidr", "publicGateway");
                var cidr = Prefix(subnet["cidr"]);
                if (subnet["cidr"].IsMissing)
                {
                    subnet["cidr"].Report(FormatDiagnostics.RequiredValueMissing, "cidr", string.Empty);
                }

                var zone = subnet["zone"].Required("zone") ?? string.Empty;
                var gateway = Address(subnet["publicGateway"]);
                if (!cidr.IsDefault)
                {
                    builder.AddPoolSubnet(name, new WorkerSubnet(subnet["id"].Text()?.Trim(), subnet["name"].Text()?.Trim(), zone, cidr, gateway));
                }
            }
        }

        if (root["workerPools"].IsMissing)
        {
            root["workerPools"].Report(FormatDiagnostics.RequiredValueMissing, "workerPools", ": the worker pools and their subnets (id, name, zone, cidr)");
        }

        foreach (var worker in root["workers"].Items())
        {
            worker.WarnUnknownKeys("id", "ip", "zone", "pool", "subnet");
            var id = worker["id"].Required("the worker's id");
            var ip = Address(worker["ip"]);
            if (worker["ip"].IsMissing)
            {
                worker["ip"].Report(FormatDiagnostics.RequiredValueMissing, "ip", string.Empty);
            }

            if (id is not null && ip is { } address)
            {
                builder.AddWorker(new ClusterWorker(id, address, worker["zone"].Text()?.Trim(), worker["pool"].Text()?.Trim(), worker["subnet"].Text()?.Trim()));
            }
        }

        builder.RegistryRegions.AddRange(root["registryRegions"].Strings().Select(s => s.Text));
        foreach (var (config, at) in root["vpcConfigs"].Strings())
        {
            builder.VpcConfigs.Add(config);
            RefuseSpecialFile(config, at);
        }
        foreach (var (policy, at) in root["policies"].Strings())
        {
            builder.Policies.Add(policy);
            WarnMissing("policies", policy, at);
        }

        builder.Overrides = Overrides(root["overrides"]);
        var local = new DiagnosticBag();
        var description = builder.Build(local);

        // What the reader reported already names the place; the builder repeats "required" for the same keys.
        diagnostics.AddRange(local.ToImmutable().Where(d => !(d.Descriptor == FormatDiagnostics.RequiredValueMissing && diagnostics.HasErrors) && d.Descriptor != ClusterDiagnostics.UnknownKubernetesVersion));
        return description;
    }

    private static ClusterOverrides Overrides(YamlCursor overrides)
    {
        if (overrides.IsMissing)
        {
            return ClusterOverrides.None;
        }

        overrides.WarnUnknownKeys("era", "metro", "controlPlaneCidrs", "waive");
        DocumentationEra? era = null;
        if (overrides["era"].Text() is { } eraText)
        {
            if (EraNames.TryParse(eraText, out var parsed))
            {
                era = parsed;
            }
            else
            {
                overrides["era"].Report(ClusterDiagnostics.UnknownEra, eraText, string.Join(", ", Enum.GetValues<DocumentationEra>().Select(EraNames.Name)));
            }
        }

        var cidrs = CloudFactsReader.ReadCidrs(overrides["controlPlaneCidrs"]);
        return new ClusterOverrides(era, overrides["metro"].Text()?.Trim(), cidrs.Count > 0 ? [.. cidrs] : default,
            [.. overrides["waive"].Strings().Select(s => s.Text)]);
    }

    private static IpPrefix Prefix(YamlCursor cursor)
    {
        if (cursor.Text() is not { } text)
        {
            return default;
        }

        if (IpPrefix.TryParse(text.Trim(), out var prefix, out var hostBitsSet) && prefix.IsIPv4)
        {
            if (hostBitsSet)
            {
                cursor.Report(FormatDiagnostics.CidrHostBitsSet, text.Trim(), prefix);
            }

            return prefix;
        }

        cursor.Report(ClusterDiagnostics.InvalidDescriptionCidr, text);
        return default;
    }

    private static IpAddress? Address(YamlCursor cursor)
    {
        if (cursor.Text() is not { } text)
        {
            return null;
        }

        if (IpAddress.TryParse(text.Trim(), out var address) && address.IsIPv4)
        {
            return address;
        }

        cursor.Report(ClusterDiagnostics.InvalidDescriptionAddress, text);
        return null;
    }

    private static ServiceEndpoint? Endpoint(YamlCursor cursor, int? defaultPort)
    {
        if (cursor.Text() is not { } text)
        {
            return null;
        }

        if (defaultPort is null && !text.Contains(':', StringComparison.Ordinal))
        {
            cursor.Report(ClusterDiagnostics.ServiceEndpointWithoutPort, text);
            return null;
        }

        if (ServiceEndpoint.TryParse(text, out var endpoint, defaultPort ?? 443))
        {
            return endpoint;
        }

        cursor.Report(ClusterDiagnostics.InvalidServiceEndpoint, text);
        return null;
    }

    // A path inside the description is read as the description's author says, not the user: only a regular file may be
    // a configuration, so that an entry cannot make Portcullis read a device, a FIFO that never ends, or /proc.
    private static void RefuseSpecialFile(string config, YamlCursor at)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(at.File)) ?? ".";
        var full = Path.GetFullPath(Path.IsPathRooted(config) ? config : Path.Combine(folder, config));
        var special = SpecialTrees.Any(tree => full.StartsWith(tree, StringComparison.Ordinal))
            || FileIdentity.Of(full) is { IsRegularFile: false };
        if (special)
        {
            at.Report(FormatDiagnostics.InvalidScalar, config, "a configuration file (devices, FIFOs and files under /proc, /sys and /dev are refused)");
        }
        else
        {
            WarnMissing("vpcConfigs", config, at);
        }
    }

    // Said here, at the entry, so that the error the missing file gives later is traced to where it was named.
    private static void WarnMissing(string key, string path, YamlCursor at)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(at.File)) ?? ".";
        var full = Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(folder, path));
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            at.Report(ClusterDiagnostics.NamedFileMissing, key, path);
        }
    }
}
