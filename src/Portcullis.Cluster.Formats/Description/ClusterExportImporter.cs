using Portcullis.Cluster.Description;
using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Formats;
using Portcullis.Formats.Yaml;

namespace Portcullis.Cluster.Formats.Description;

/// <summary>
/// Fills a cluster description from what an admin can already export: <c>ibmcloud ks cluster get</c>,
/// <c>ibmcloud ks worker ls</c>, <c>ibmcloud ks subnets</c> / <c>ibmcloud is subnets</c>,
/// <c>ibmcloud is public-gateways</c> (all <c>--output json</c>), the <c>cluster-info</c> ConfigMap, and the
/// collector's VPC configuration. Field names of older and newer CLI versions are both read.
/// </summary>
public static class ClusterExportImporter
{
    /// <summary>Reads one export file into the builder.</summary>
    public static bool TryImportFile(ExportKind kind, string path, ClusterDescriptionBuilder builder, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var local = new DiagnosticBag();
        if (!YamlDocuments.TryLoadFile(path, local, Describe(kind), out var root))
        {
            diagnostics.AddRange(local.ToImmutable());
            return false;
        }

        switch (kind)
        {
            case ExportKind.ClusterGet:
                ClusterGet(root, builder);
                break;
            case ExportKind.Workers:
                Workers(root, builder);
                break;
            case ExportKind.Subnets:
                Subnets(root, builder);
                break;
            case ExportKind.PublicGateways:
                PublicGateways(root, builder);
                break;
            default:
                ClusterInfo(root, builder);
                break;
        }

        diagnostics.AddRange(local.ToImmutable());
        builder.Provenance.Add($"{Describe(kind)}: {path}");
        return !local.HasErrors;
    }

    /// <summary>What an export is, for messages.</summary>
    public static string Describe(ExportKind kind) => kind switch
    {
        ExportKind.ClusterGet => "'ibmcloud ks cluster get --output json' export",
        ExportKind.Workers => "'ibmcloud ks worker ls --output json' export",
        ExportKind.Subnets => "'ibmcloud ks subnets' or 'ibmcloud is subnets' JSON export",
        ExportKind.PublicGateways => "'ibmcloud is public-gateways --output JSON' export",
        _ => "'kubectl get cm -n kube-system cluster-info -o yaml' export",
    };

    /// <summary>
    /// Fills the builder from a collector's VPC configuration: the cluster (by id, or the only one) with its
    /// workers and their subnets, the subnets' zones and names, and the public gateways' floating IPs.
    /// </summary>
    public static bool ImportVpcConfiguration(VpcConfiguration configuration, string file, ClusterDescriptionBuilder builder, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var cluster = builder.Id is { } id ? configuration.IksClusters.FirstOrDefault(c => c.Id == id || c.Name == id)
            : configuration.IksClusters.Length == 1 ? configuration.IksClusters[0] : null;
        if (cluster is null && builder.Id is null && configuration.IksClusters.Length > 1)
        {
            diagnostics.Report(ClusterDiagnostics.ClusterNotChosen, new SourceLocation(file), configuration.IksClusters.Length, string.Join(", ", configuration.IksClusters.Select(c => c.Name)));
            return false;
        }

        foreach (var subnet in configuration.Subnets)
        {
            builder.AddKnownSubnet(new WorkerSubnet(subnet.Id, subnet.Name, subnet.Zone, subnet.Cidr), subnet.PublicGatewayId);
        }

        foreach (var gateway in configuration.PublicGateways)
        {
            if (gateway.FloatingIpAddress is { } address)
            {
                builder.AddPublicGateway(gateway.Id, gateway.Zone, address);
            }
        }

        if (cluster is not null)
        {
            builder.Id ??= cluster.Id;
            builder.Name ??= cluster.Name;
            builder.Region ??= cluster.Region;
            builder.Version ??= cluster.KubeVersion;
            builder.PodSubnet = builder.PodSubnet.IsDefault ? cluster.PodSubnet : builder.PodSubnet;
            builder.ServiceSubnet = builder.ServiceSubnet.IsDefault ? cluster.ServiceSubnet : builder.ServiceSubnet;
            if (builder.PublicEndpoint is null && builder.PrivateEndpoint is null && ServiceEndpoint.TryParse(cluster.MasterUrl, out var master))
            {
                if (master!.Host.Contains(".private.", StringComparison.Ordinal))
                {
                    builder.PrivateEndpoint = master;
                }
                else
                {
                    builder.PublicEndpoint = master;
                }
            }

            foreach (var worker in cluster.Workers)
            {
                builder.AddWorker(new ClusterWorker(worker.Id, worker.Address, worker.Zone, worker.PoolName, worker.SubnetId));
                builder.AddPoolSubnet(worker.PoolName ?? "default", new WorkerSubnet(worker.SubnetId, null, worker.Zone ?? string.Empty, worker.SubnetCidr));
            }
        }

        builder.Provenance.Add($"VPC configuration: {file}");
        return true;
    }

    private static void ClusterGet(YamlCursor root, ClusterDescriptionBuilder builder)
    {
        if (!root.IsMapping || !root.Has("id"))
        {
            root.Report(ClusterDiagnostics.NotAClusterExport);
            return;
        }

        builder.Id ??= root["id"].Text();
        builder.Name ??= root["name"].Text();
        builder.Region ??= root["region"].Text();
        builder.Version ??= root.Any("masterKubeVersion", "masterVersion", "kubeVersion").Text();
        builder.PodSubnet = builder.PodSubnet.IsDefault ? Prefix(root["podSubnet"]) : builder.PodSubnet;
        builder.ServiceSubnet = builder.ServiceSubnet.IsDefault ? Prefix(root["serviceSubnet"]) : builder.ServiceSubnet;
        var endpoints = root.Has("serviceEndpoints") ? root["serviceEndpoints"] : root;
        if (Enabled(endpoints, "publicServiceEndpointEnabled") && ServiceEndpoint.TryParse(endpoints["publicServiceEndpointURL"].Text(), out var publicEndpoint))
        {
            builder.PublicEndpoint ??= publicEndpoint;
        }

        if (Enabled(endpoints, "privateServiceEndpointEnabled") && ServiceEndpoint.TryParse(endpoints["privateServiceEndpointURL"].Text(), out var privateEndpoint))
        {
            builder.PrivateEndpoint ??= privateEndpoint;
        }

        if (builder.PublicEndpoint is null && builder.PrivateEndpoint is null && ServiceEndpoint.TryParse(root.Any("serverURL", "masterURL").Text(), out var master))
        {
            builder.PublicEndpoint = master;
        }

        foreach (var (zone, _) in root["workerZones"].Strings().Where(z => !builder.Zones.Contains(z.Text)))
        {
            builder.Zones.Add(zone);
        }

        if (root["etcdPort"].Int(1, 65535) is { } etcdPort && (builder.PublicEndpoint ?? builder.PrivateEndpoint) is { } host)
        {
            builder.Etcd ??= new ServiceEndpoint(host.Host, etcdPort);
        }
    }

    private static bool Enabled(YamlCursor endpoints, string flag) => endpoints[flag].IsMissing || endpoints[flag].Bool() == true;

    private static void Workers(YamlCursor root, ClusterDescriptionBuilder builder)
    {
        if (!root.IsSequence)
        {
            root.Report(ClusterDiagnostics.NotAWorkerExport);
            return;
        }

        foreach (var worker in root.Items())
        {
            var id = worker["id"].Required("the worker's id");
            var zone = worker.Any("location", "zone").Text();
            var pool = worker.Any("poolName", "pool").Text() ?? "default";
            string? subnetId = null;
            var cidr = default(IpPrefix);
            IpAddress? address = null;
            var interfaces = worker["networkInterfaces"].Items().ToList();
            var primary = interfaces.FirstOrDefault(i => i["primary"].Bool() == true);
            if (!primary.IsMissing || interfaces.Count > 0)
            {
                var nic = primary.IsMissing ? interfaces[0] : primary;
                address = Address(nic["ipAddress"]);
                subnetId = nic["subnetID"].Text();
                cidr = Prefix(nic["cidr"]);
            }

            address ??= Address(worker.Has("networkInformation") ? worker["networkInformation"]["privateIP"] : worker.Any("privateIP", "primaryIP"));
            if (id is null || address is not { } ip)
            {
                worker.Report(ClusterDiagnostics.WorkerIncomplete);
                continue;
            }

            builder.AddWorker(new ClusterWorker(id, ip, zone, pool, subnetId));
            if (subnetId is not null || !cidr.IsDefault)
            {
                builder.AddPoolSubnet(pool, new WorkerSubnet(subnetId, null, zone ?? string.Empty, cidr));
            }
        }
    }

    private static void Subnets(YamlCursor root, ClusterDescriptionBuilder builder)
    {
        if (!root.IsSequence)
        {
            root.Report(ClusterDiagnostics.NotASubnetExport);
            return;
        }

        foreach (var subnet in root.Items())
        {
            // ibmcloud is subnets: VPC API objects; ibmcloud ks subnets: ipv4CIDRBlock, zone as a string.
            var cidr = Prefix(subnet.Any("ipv4_cidr_block", "ipv4CIDRBlock", "ipv4CidrBlock", "cidr"));
            var zoneCursor = subnet["zone"];
            var zone = zoneCursor.IsMapping ? zoneCursor["name"].Text() : subnet.Any("zone", "location").Text();
            var gateway = subnet["public_gateway"].IsMapping ? subnet["public_gateway"]["id"].Text() : subnet.Any("publicGatewayID", "public_gateway_id").Text();
            if (cidr.IsDefault || zone is null)
            {
                subnet.Report(ClusterDiagnostics.SubnetIncomplete);
                continue;
            }

            builder.AddKnownSubnet(new WorkerSubnet(subnet["id"].Text(), subnet["name"].Text(), zone, cidr), gateway);
        }
    }

    private static void PublicGateways(YamlCursor root, ClusterDescriptionBuilder builder)
    {
        if (!root.IsSequence)
        {
            root.Report(ClusterDiagnostics.NotAPublicGatewayExport);
            return;
        }

        foreach (var gateway in root.Items())
        {
            var zoneCursor = gateway["zone"];
            var zone = zoneCursor.IsMapping ? zoneCursor["name"].Text() : zoneCursor.Text();
            var address = Address(gateway["floating_ip"]["address"]);
            if (address is { } ip)
            {
                builder.AddPublicGateway(gateway["id"].Text(), zone, ip);
            }
            else
            {
                gateway.Report(ClusterDiagnostics.PublicGatewayWithoutAddress);
            }
        }
    }

    private static void ClusterInfo(YamlCursor root, ClusterDescriptionBuilder builder)
    {
        var data = root["data"];
        var configText = data["cluster-config.json"].Text();
        if (configText is null)
        {
            root.Report(ClusterDiagnostics.NotClusterInfo);
            return;
        }

        var inner = new DiagnosticBag();
        if (!YamlDocuments.TryLoad(configText, root.File, inner, "cluster-config.json", out var config))
        {
            data["cluster-config.json"].Report(ClusterDiagnostics.ClusterConfigNotJson);
            return;
        }

        builder.Id ??= config.Any("cluster_id", "id").Text();
        builder.Name ??= config["name"].Text();
        if (config["etcd_host"].Text() is { } etcdHost)
        {
            var port = config["etcd_port"].Text();
            // etcd_host may be a URL that carries the port, or a bare host with etcd_port beside it.
            var text = port is null || (etcdHost.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(etcdHost, UriKind.Absolute, out var uri) && !uri.IsDefaultPort)
                ? etcdHost
                : $"{StripScheme(etcdHost)}:{port}";
            if (ServiceEndpoint.TryParse(text, out var etcd, defaultPort: 2379))
            {
                builder.Etcd = etcd;
            }
            else
            {
                data["cluster-config.json"].Report(ClusterDiagnostics.InvalidEtcdHost, etcdHost);
            }
        }

        if (ServiceEndpoint.TryParse(config["master_public_url"].Text(), out var publicMaster))
        {
            builder.PublicEndpoint ??= publicMaster;
        }

        if (ServiceEndpoint.TryParse(config["master_url"].Text(), out var master) && master!.Host.Contains("private", StringComparison.Ordinal))
        {
            builder.PrivateEndpoint ??= master;
        }
    }

    private static string StripScheme(string host)
    {
        var scheme = host.IndexOf("://", StringComparison.Ordinal);
        var rest = scheme >= 0 ? host[(scheme + 3)..] : host;
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 ? rest[..colon] : rest.TrimEnd('/');
    }

    // An absent block is absent; a block that is there but does not read (172.17.0.0/99, an IPv6 block) is an error at
    // its field, never replaced by a default the user did not write. Host bits, which the API never writes, mean the
    // file was edited, so they are kept with a warning as in every other reader.
    private static IpPrefix Prefix(YamlCursor cursor)
    {
        if (cursor.Text()?.Trim() is not { Length: > 0 } text)
        {
            return default;
        }

        if (!IpPrefix.TryParse(text, out var prefix, out var hostBitsSet) || !prefix.IsIPv4)
        {
            cursor.Report(FormatDiagnostics.InvalidScalar, text, "an IPv4 CIDR block such as 172.17.0.0/18");
            return default;
        }

        if (hostBitsSet)
        {
            cursor.Report(FormatDiagnostics.CidrHostBitsSet, text, prefix);
        }

        return prefix;
    }

    private static IpAddress? Address(YamlCursor cursor)
    {
        if (cursor.Text()?.Trim() is not { Length: > 0 } text)
        {
            return null;
        }

        if (!IpAddress.TryParse(text, out var address) || !address.IsIPv4)
        {
            cursor.Report(FormatDiagnostics.InvalidScalar, text, "an IPv4 address");
            return null;
        }

        return address;
    }
}
