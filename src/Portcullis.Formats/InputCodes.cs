namespace Portcullis.Formats;

/// <summary>The diagnostic codes of the Terraform and <c>ibmcloud</c> export readers and of merging configurations, each defined once.</summary>
internal static class InputCodes
{
    /// <summary>Error: a <c>format_version</c> whose major version is not 1.</summary>
    public const string UnsupportedFormat = "PC5100";

    /// <summary>Error: a plan Terraform could not finish (<c>"errored": true</c>).</summary>
    public const string ErroredPlan = "PC5101";

    /// <summary>Warning: a plan with deferred changes (<c>"complete": false</c>).</summary>
    public const string IncompletePlan = "PC5102";

    /// <summary>Error: the envelope is not shaped as <c>terraform show -json</c> prints it.</summary>
    public const string Malformed = "PC5103";

    /// <summary>Error: no resource of the IBM Cloud provider (another provider's file, or an empty state).</summary>
    public const string NoIbmResources = "PC5104";

    /// <summary>Info: a resource type that says nothing about the network, ignored.</summary>
    public const string IgnoredResourceType = "PC5105";

    /// <summary>Info: an attribute Portcullis does not know for its resource type, ignored.</summary>
    public const string IgnoredAttribute = "PC5106";

    /// <summary>Warning: a value the plan knows only after apply, and what was assumed instead.</summary>
    public const string UnknownValue = "PC5107";

    /// <summary>Warning: a network resource type that Portcullis does not read from Terraform; the answer may miss it.</summary>
    public const string NetworkResourceNotRead = "PC5108";

    /// <summary>Warning: a rule, attachment or target whose parent is in none of the configurations given.</summary>
    public const string ParentMissing = "PC5109";

    /// <summary>Warning: a <c>before</c> that names no rule or filter of its list; the item goes last.</summary>
    public const string BeforeNotFound = "PC5110";

    /// <summary>Info: a value known only after apply, resolved through the plan's configuration to the object it names.</summary>
    public const string ResolvedReference = "PC5111";

    /// <summary>Error: an attribute the resource cannot do without is missing or not a value.</summary>
    public const string MissingAttribute = "PC5112";

    /// <summary>Error: an <c>ibmcloud</c> export of a command Portcullis does not read.</summary>
    public const string UnsupportedExport = "PC5200";

    /// <summary>Error: an export that mixes objects of several lists.</summary>
    public const string MixedExport = "PC5201";

    /// <summary>Warning: an export that lacks what the analysis needs (listeners listed by reference only ...).</summary>
    public const string IncompleteExport = "PC5202";

    /// <summary>Info: an export with no objects.</summary>
    public const string EmptyExport = "PC5203";

    /// <summary>Warning: the summary of what a Terraform file replaced in the configurations given before it.</summary>
    public const string Replaced = "PC5250";

    /// <summary>Info: one object a Terraform file replaced or removed in the configurations given before it.</summary>
    public const string ReplacedObject = "PC5251";
}
