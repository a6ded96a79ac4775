using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;
using Portcullis.Policies.Formats.Reading;
using Portcullis.Policies.Model;

namespace Portcullis.Conformance.Nca;

/// <summary>
/// Builds the configuration an NCA case names, with NCA's conventions: policy files are read for policies only,
/// endpoint files for endpoints only, endpoints carry no addresses, at most two endpoints of each class are kept,
/// and a single-policy reference keeps one policy.
/// </summary>
public sealed class NcaConfigLoader
{
    private readonly string _root;
    private readonly Dictionary<(string, ResourceRoles), (PolicyResources Resources, ImmutableArray<Diagnostic> Diagnostics)> _files = [];
    private readonly Dictionary<string, LoadedConfig> _configs = [];

    public NcaConfigLoader(string root) => _root = root;

    public LoadedConfig Load(NcaConfig config)
    {
        if (_configs.TryGetValue(config.Key, out var cached))
        {
            return cached;
        }

        var diagnostics = new List<Diagnostic>();
        var policies = Read(config.Policies, ResourceRoles.Policies, diagnostics);
        var namespaces = Read(config.NamespaceList, ResourceRoles.Namespaces, diagnostics);
        var endpoints = Read(config.PodList, ResourceRoles.Endpoints, diagnostics);
        var resources = policies.Concat(namespaces).Concat(endpoints with { Endpoints = KeepTwoPerClass(endpoints.Endpoints) });
        var configuration = resources.ToConfiguration();
        configuration = configuration with { Endpoints = [.. configuration.Endpoints.Select(e => e with { Addresses = IpAddressSet.Empty })] };
        string? problem = null;
        if (config.SinglePolicy is { } single)
        {
            var match = FindPolicy(configuration, single);
            if (match is null)
            {
                problem = $"no single policy named {single.Policy}";
            }
            else
            {
                configuration = configuration.WithPolicies([match]);
            }
        }

        var loaded = new LoadedConfig(config, configuration, [.. diagnostics], problem);
        _configs[config.Key] = loaded;
        return loaded;
    }

    private PolicyResources Read(List<string> files, ResourceRoles roles, List<Diagnostic> diagnostics)
    {
        var result = PolicyResources.Empty;
        foreach (var file in files)
        {
            if (!_files.TryGetValue((file, roles), out var read))
            {
                var bag = new DiagnosticBag();
                var resources = PolicyResourceReader.ReadPaths([Path.Combine(_root, file)], roles, bag);
                read = (resources, bag.ToImmutable());
                _files[(file, roles)] = read;
            }

            diagnostics.AddRange(read.Diagnostics);
            result = result.Concat(read.Resources);
        }

        return result;
    }

    /// <summary>NCA's find_policy: by full name (and kind, when given), else by bare name when unique.</summary>
    private static Policy? FindPolicy(PolicyConfiguration configuration, NcaSinglePolicy single)
    {
        PolicyKind? kind = single.Kind switch
        {
            "K8sNetworkPolicy" => PolicyKind.KubernetesNetworkPolicy,
            "CalicoNetworkPolicy" => PolicyKind.CalicoNetworkPolicy,
            "CalicoGlobalNetworkPolicy" => PolicyKind.CalicoGlobalNetworkPolicy,
            _ => null,
        };
        var candidates = configuration.Policies.Where(p => kind is null || p.Id.Kind == kind).ToList();
        var byFullName = candidates.Where(p => p.Id.FullName == single.Policy).ToList();
        if (byFullName.Count >= 1)
        {
            return byFullName[0];
        }

        var byName = candidates.Where(p => p.Id.Name == single.Policy).ToList();
        return byName.Count == 1 ? byName[0] : null;
    }

    /// <summary>NCA keeps at most two endpoints of each class of identical ones (namespace, workload, labels, profiles).</summary>
    private static ImmutableArray<Endpoint> KeepTwoPerClass(ImmutableArray<Endpoint> endpoints)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = ImmutableArray.CreateBuilder<Endpoint>();
        foreach (var endpoint in endpoints)
        {
            var profiles = endpoint.Profiles.IsEmpty ? "" : "," + endpoint.Profiles[0] + string.Concat(endpoint.Profiles.Skip(1).Order(StringComparer.Ordinal).Select(p => "," + p));
            var labels = string.Concat(endpoint.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $",({l.Key},{l.Value})"));
            var key = endpoint.IsHost
                ? "hep:" + profiles + labels
                : $"{endpoint.Namespace}_{NcaWorkloads.WorkloadName(endpoint)}_{profiles}{labels}";
            counts.TryGetValue(key, out var count);
            if (count >= 2)
            {
                continue;
            }

            counts[key] = count + 1;
            kept.Add(endpoint);
        }

        return kept.ToImmutable();
    }
}
