using System.Collections.Immutable;
using System.Text.Json;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Formats.IbmVpc;

namespace Portcullis.Formats.TerraformShow;

/// <summary>
/// Reads the output of <c>terraform show -json</c> for a state or a saved plan: the IBM provider's VPC, transit gateway
/// and IKS resources, in every module, as the network they make (a plan: as it will be after apply).
/// </summary>
/// <remarks>
/// The resources are written as the VPC API objects the collector's reader reads, so that protocols, CIDRs and port
/// ranges mean one thing everywhere; each object's location is its Terraform address (with the attribute path, such
/// as <c>module.vpc.ibm_is_network_acl.workers.rules[2]</c>) and the line of its value in the file.
/// </remarks>
internal static class TerraformShowReader
{
    private const string IbmProvider = "ibm-cloud/ibm";

    /// <summary>Whether a document's root is <c>terraform show -json</c> output.</summary>
    public static bool Recognizes(JsonElement root) => TerraformDocument.Recognizes(root);

    /// <summary>Reads a state or plan; <see langword="null"/> when it has errors (all reported).</summary>
    /// <param name="root">The parsed document.</param>
    /// <param name="utf8Json">The file's bytes, for line numbers.</param>
    /// <param name="file">The file as the user named it.</param>
    /// <param name="diagnostics">Receives errors, warnings and notes.</param>
    public static TerraformConfiguration? Read(JsonElement root, ReadOnlySpan<byte> utf8Json, string file, DiagnosticBag diagnostics)
    {
        var document = TerraformDocument.Read(root, file, diagnostics);
        if (document is null)
        {
            return null;
        }

        var ibm = document.Resources.Where(IsIbm).ToList();
        foreach (var other in document.Resources.Where(r => !IsIbm(r)).GroupBy(r => r.ProviderName, StringComparer.Ordinal))
        {
            diagnostics.Report(ConfigurationDiagnostics.OtherProviderIgnored, new SourceLocation(file), other.Count(), Provider(other.Key), string.Join(", ", other.Take(3).Select(r => r.Address)) + (other.Count() > 3 ? ", ..." : string.Empty));
        }

        if (ibm.Count == 0 && !document.Deleted.Any(IsIbm))
        {
            // A plan that only destroys IBM resources is read: laid over a collected configuration, it removes them.
            var what = document.Resources.Count == 0
                ? $"the {(document.IsPlan ? "plan" : "state")} holds no resources"
                : $"it holds only resources of other providers ({string.Join(", ", document.Resources.Select(r => Provider(r.ProviderName)).Distinct().Order(StringComparer.Ordinal))})";
            diagnostics.Report(ConfigurationDiagnostics.NoIbmResources, new SourceLocation(file, document.IsPlan ? "$.resource_changes" : "$.values"), what);
            return null;
        }

        var map = new SourceMap(file);
        var translator = new TerraformTranslator(document, ibm, map);
        var translation = translator.Translate();
        map.ResolvePositions(utf8Json);
        var local = new DiagnosticBag();
        var element = JsonSerializer.SerializeToElement(translation.Document);
        var ok = IbmVpcConfigReader.TryRead(element, file, local, map.Locate, out var configuration);
        diagnostics.AddRange(translator.Diagnostics());
        diagnostics.AddRange(local.ToImmutable());
        if (!ok)
        {
            return null;
        }

        var (arranged, patches) = Finish(configuration, translation, diagnostics);
        return new TerraformConfiguration(arranged, document.IsPlan, patches, [.. translation.ObservedIds], [.. translation.DeletedIds]);
    }

    // Carriers become patches (a VPC's default routing table stays a table too); ACLs get their separately managed rules placed by "before".
    private static (VpcConfiguration, ImmutableArray<ParentPatch>) Finish(VpcConfiguration configuration, TerraformTranslation translation, DiagnosticBag diagnostics)
    {
        var patches = ImmutableArray.CreateBuilder<ParentPatch>();
        var acls = new List<NetworkAcl>();
        foreach (var acl in configuration.NetworkAcls)
        {
            var placements = translation.Placements.GetValueOrDefault(acl.Id) ?? [];
            var removed = translation.RemovedRuleIds.GetValueOrDefault(acl.Id) ?? [];
            if (translation.CarrierAclIds.Contains(acl.Id))
            {
                patches.Add(new ParentPatch(acl.Id, ResourceKind.NetworkAcl, acl.Rules, [.. placements], [], [], [], [.. removed], acl.Location));
                continue;
            }

            var byId = placements.ToDictionary(p => p.RuleId, StringComparer.Ordinal);
            acls.Add(AclRuleOrder.Arrange(acl, acl.Rules.Where(r => !byId.ContainsKey(r.Id)), [.. acl.Rules.Where(r => byId.ContainsKey(r.Id))], byId, placement =>
                diagnostics.Report(ConfigurationDiagnostics.BeforeNotFound, acl.Rules.FirstOrDefault(r => r.Id == placement.RuleId)?.Location, "rule", $"network ACL {acl.Name}")));
        }

        var groups = new List<SecurityGroup>();
        foreach (var group in configuration.SecurityGroups)
        {
            if (translation.CarrierGroupIds.Contains(group.Id))
            {
                var removed = translation.RemovedRuleIds.GetValueOrDefault(group.Id) ?? [];
                patches.Add(new ParentPatch(group.Id, ResourceKind.SecurityGroup, [], [], group.Rules, group.TargetIds, [], [.. removed], group.Location));
            }
            else
            {
                groups.Add(group);
            }
        }

        var tables = new List<RoutingTable>();
        foreach (var table in configuration.RoutingTables)
        {
            if (translation.CarrierRoutingTableIds.Contains(table.Id))
            {
                var removed = translation.RemovedRuleIds.GetValueOrDefault(table.Id) ?? [];
                patches.Add(new ParentPatch(table.Id, ResourceKind.RoutingTable, [], [], [], [], table.Routes, [.. removed], table.Location));
            }

            if (!translation.CarrierRoutingTableIds.Contains(table.Id) || translation.DefaultRoutingTableIds.Contains(table.Id))
            {
                tables.Add(table);
            }
        }

        return (configuration with { NetworkAcls = [.. acls], SecurityGroups = [.. groups], RoutingTables = [.. tables] }, patches.ToImmutable());
    }

    private static bool IsIbm(TerraformResource resource) =>
        resource.ProviderName.EndsWith(IbmProvider, StringComparison.OrdinalIgnoreCase)
        || (resource.ProviderName.Length == 0 && resource.Type.StartsWith("ibm_", StringComparison.Ordinal));

    // registry.terraform.io/hashicorp/aws reads better as hashicorp/aws.
    private static string Provider(string name)
    {
        var parts = name.Split('/');
        return parts.Length >= 2 ? $"{parts[^2]}/{parts[^1]}" : name.Length == 0 ? "(unnamed)" : name;
    }
}
