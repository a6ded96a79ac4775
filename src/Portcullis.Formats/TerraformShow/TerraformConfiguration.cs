using System.Collections.Immutable;
using Portcullis.Core.Model;

namespace Portcullis.Formats.TerraformShow;

/// <summary>What a Terraform state or plan says about the network.</summary>
/// <param name="Configuration">The objects the file holds, as they are (a state) or will be after apply (a plan).</param>
/// <param name="IsPlan">Whether the file is a plan.</param>
/// <param name="Patches">Rules and targets of ACLs and groups that the file does not hold.</param>
/// <param name="ObservedIds">Objects the file holds without managing them: a collected copy of them is fresher.</param>
/// <param name="DeletedIds">Objects the plan deletes.</param>
internal sealed record TerraformConfiguration(
    VpcConfiguration Configuration,
    bool IsPlan,
    ImmutableArray<ParentPatch> Patches,
    ImmutableHashSet<string> ObservedIds,
    ImmutableHashSet<string> DeletedIds);
