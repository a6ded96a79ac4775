using Portcullis.Cluster.Description;
using Portcullis.Cluster.Requirements;
using Portcullis.Formats.Yaml;

namespace Portcullis.Cluster.Formats.Description;

/// <summary>Writes a commented <c>cluster.yaml</c> that <see cref="ClusterDescriptionReader"/> reads back.</summary>
public static class ClusterDescriptionWriter
{
    /// <summary>Writes a description, with comments saying where each value comes from and what it is for.</summary>
    public static void Write(ClusterDescription description, IEnumerable<string> provenance, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(provenance);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("# Portcullis cluster description: what 'portcullis cluster check|fix|allowlist' and 'portcullis workstation' need");
        writer.WriteLine("# to know about the cluster. Written by 'portcullis cluster init' from:");
        foreach (var source in provenance)
        {
            writer.WriteLine(YamlText.Comment($"  {source}"));
        }

        writer.WriteLine();
        writer.WriteLine("# Identity ('ibmcloud ks cluster get --cluster NAME --output json': name, id, region, masterKubeVersion).");
        writer.WriteLine($"name: {Scalar(description.Name)}");
        writer.WriteLine($"id: {Scalar(description.Id)}");
        writer.WriteLine($"region: {Scalar(description.Region)}");
        writer.WriteLine($"# The version selects the requirements: before 1.19 the 2020 VPC firewall page, 1.19-1.29 the ACL and");
        writer.WriteLine($"# security-group minimums, 1.30 and later Secure by Default (this one: {EraNames.Name(EraNames.For(description.Version))}).");
        writer.WriteLine($"version: {Scalar(description.VersionText)}");
        if (!description.Zones.IsDefaultOrEmpty)
        {
            writer.WriteLine($"zones: [{string.Join(", ", description.Zones.Select(Scalar))}]");
        }

        writer.WriteLine();
        writer.WriteLine("# Pod and service subnets (defaults 172.17.0.0/18 and 172.21.0.0/16).");
        writer.WriteLine($"podSubnet: {description.PodSubnet}");
        writer.WriteLine($"serviceSubnet: {description.ServiceSubnet}");
        writer.WriteLine();
        writer.WriteLine("# Cloud service endpoints with their ports (kubectl, and the master port workers reach through the VPE).");
        WriteOptional(writer, "publicServiceEndpoint", description.PublicEndpoint?.Url ?? (description.PublicEndpoint is { } p ? $"https://{p}" : null));
        WriteOptional(writer, "privateServiceEndpoint", description.PrivateEndpoint?.Url ?? (description.PrivateEndpoint is { } q ? $"https://{q}" : null));
        writer.WriteLine("# etcd host:port for calicoctl ('kubectl get cm -n kube-system cluster-info -o yaml': etcd_host).");
        WriteOptional(writer, "etcd", description.Etcd?.ToString());
        writer.WriteLine();
        writer.WriteLine("# Worker pools and the VPC subnets they use ('ibmcloud ks worker ls', 'ibmcloud is subnets'); publicGateway is the");
        writer.WriteLine("# floating IP of the zone's public gateway ('ibmcloud is public-gateways'), what other services allowlist.");
        writer.WriteLine("workerPools:");
        foreach (var pool in description.WorkerPools)
        {
            writer.WriteLine($"  - name: {Scalar(pool.Name)}");
            writer.WriteLine("    subnets:");
            foreach (var subnet in pool.Subnets)
            {
                var parts = new List<string>();
                if (subnet.Id is not null)
                {
                    parts.Add($"id: {Scalar(subnet.Id)}");
                }

                if (subnet.Name is not null)
                {
                    parts.Add($"name: {Scalar(subnet.Name)}");
                }

                parts.Add($"zone: {Scalar(subnet.Zone)}");
                parts.Add($"cidr: {subnet.Cidr}");
                if (subnet.PublicGatewayIp is { } gateway)
                {
                    parts.Add($"publicGateway: {gateway}");
                }

                writer.WriteLine($"      - {{{string.Join(", ", parts)}}}");
            }
        }

        if (!description.Workers.IsDefaultOrEmpty)
        {
            writer.WriteLine();
            writer.WriteLine("# Workers ('ibmcloud ks worker ls': Primary IP); checked when the VPC configuration does not list them.");
            writer.WriteLine("workers:");
            foreach (var worker in description.Workers)
            {
                var parts = new List<string> { $"id: {Scalar(worker.Id)}", $"ip: {worker.Address}" };
                if (worker.Zone is not null)
                {
                    parts.Add($"zone: {Scalar(worker.Zone)}");
                }

                if (worker.Pool is not null)
                {
                    parts.Add($"pool: {Scalar(worker.Pool)}");
                }

                if (worker.SubnetId is not null)
                {
                    parts.Add($"subnet: {Scalar(worker.SubnetId)}");
                }

                writer.WriteLine($"  - {{{string.Join(", ", parts)}}}");
            }
        }

        writer.WriteLine();
        writer.WriteLine("# Registry regions images come from (global is icr.io; a region is its own domain such as us.icr.io).");
        var regions = description.RegistryRegions.IsDefaultOrEmpty ? ["global", description.Region] : description.RegistryRegions.ToArray();
        writer.WriteLine($"registryRegions: [{string.Join(", ", regions.Distinct(StringComparer.Ordinal).Select(Scalar))}]");
        writer.WriteLine();
        writer.WriteLine("# The VPC configuration file(s) that hold the firewalls (the cloud-resource collector's output), relative to this file.");
        writer.WriteLine("vpcConfigs:");
        foreach (var config in description.VpcConfigs)
        {
            writer.WriteLine($"  - {Scalar(config)}");
        }

        if (description.VpcConfigs.IsDefaultOrEmpty)
        {
            writer.WriteLine("  []");
        }

        if (!description.Policies.IsDefaultOrEmpty)
        {
            writer.WriteLine();
            writer.WriteLine("# The Calico and Kubernetes resource files (policies, host endpoints ...), relative to this file.");
            writer.WriteLine("policies:");
            foreach (var file in description.Policies)
            {
                writer.WriteLine($"  - {Scalar(file)}");
            }
        }

        writer.WriteLine();
        writer.WriteLine("# Overrides (all optional):");
        writer.WriteLine("#   era: vpc-2020 | acl-sg-minimums | secure-by-default   (instead of what the version selects)");
        writer.WriteLine("#   metro: dal                                            (whose control-plane CIDRs apply)");
        writer.WriteLine("#   controlPlaneCidrs: [150.238.229.128/27, ...]          (instead of the metro's published list)");
        writer.WriteLine("#   waive: [sg-ping-inbound]                              (requirement ids not to check)");
        var overrides = description.Overrides;
        if (overrides.Era is null && overrides.Metro is null && overrides.ControlPlaneCidrs.IsDefaultOrEmpty && overrides.Waive.IsDefaultOrEmpty)
        {
            writer.WriteLine("overrides: {}");
            return;
        }

        writer.WriteLine("overrides:");
        if (overrides.Era is { } era)
        {
            writer.WriteLine($"  era: {EraNames.Name(era)}");
        }

        if (overrides.Metro is { } metro)
        {
            writer.WriteLine($"  metro: {Scalar(metro)}");
        }

        if (!overrides.ControlPlaneCidrs.IsDefaultOrEmpty)
        {
            writer.WriteLine($"  controlPlaneCidrs: [{string.Join(", ", overrides.ControlPlaneCidrs)}]");
        }

        if (!overrides.Waive.IsDefaultOrEmpty)
        {
            writer.WriteLine($"  waive: [{string.Join(", ", overrides.Waive.Select(Scalar))}]");
        }
    }

    private static void WriteOptional(TextWriter writer, string key, string? value) =>
        writer.WriteLine(value is null ? $"# {key}: (not known)" : $"{key}: {Scalar(value)}");

    private static string Scalar(string text) => YamlText.Scalar(text);
}
