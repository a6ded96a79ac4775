using System.Text.Json;

namespace Portcullis.Formats.TerraformShow;

/// <summary>One resource instance of a state, or of a plan as it will be after apply.</summary>
/// <param name="Address">The absolute address, such as <c>module.vpc.ibm_is_network_acl.workers</c> or <c>ibm_is_subnet.zone["1"]</c>.</param>
/// <param name="ModuleAddress">The module instance it is in (<c>module.vpc</c>), empty for the root module.</param>
/// <param name="Mode"><c>managed</c> (a resource block) or <c>data</c> (a data block).</param>
/// <param name="Type">The resource type, such as <c>ibm_is_subnet</c>.</param>
/// <param name="Name">The name in its module.</param>
/// <param name="Index">The <c>count</c> or <c>for_each</c> key, or an undefined element.</param>
/// <param name="ProviderName">The provider's full name, such as <c>registry.terraform.io/ibm-cloud/ibm</c>.</param>
/// <param name="Values">The attribute values (a plan's <c>after</c> with its <c>after_unknown</c>).</param>
/// <param name="Actions">A plan's actions for it (<c>create</c>, <c>update</c>, <c>no-op</c> ...); empty in a state.</param>
/// <param name="Prior">Its values before the plan (a plan's <c>before</c>), when the plan changes an existing object; undefined otherwise.</param>
internal sealed record TerraformResource(
    string Address,
    string ModuleAddress,
    string Mode,
    string Type,
    string Name,
    JsonElement Index,
    string ProviderName,
    TerraformValue Values,
    IReadOnlyList<string> Actions,
    TerraformValue Prior)
{
    /// <summary>Whether it is a data source (read, not managed, by this configuration).</summary>
    public bool IsData => Mode == "data";

    /// <summary>Whether the plan creates it anew (including a replacement), so that its computed values are unknown.</summary>
    public bool IsCreated => Actions.Contains("create");

    /// <summary>An attribute of the instance.</summary>
    public TerraformValue this[string attribute] => Values.Child(attribute);

    /// <summary>The address of the resource block (without the instance key), as references in the configuration name it.</summary>
    public string BlockAddress => (ModuleAddress.Length == 0 ? string.Empty : ModuleAddress + ".") + (IsData ? "data." : string.Empty) + Type + "." + Name;
}
