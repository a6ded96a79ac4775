using System.Collections.Immutable;
using Portcullis.Core.Model;
using Portcullis.Formats.IbmCloudExports;
using Portcullis.Formats.TerraformShow;

namespace Portcullis.Formats.Configuration;

/// <summary>One configuration file as read: its format and what it says about the network.</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Format">The format it was found to be in.</param>
/// <param name="Configuration">What it holds (for a Terraform file, without the rules it adds to objects it does not hold).</param>
public sealed record ConfigurationDocument(string File, ConfigurationFormat Format, VpcConfiguration Configuration)
{
    /// <summary>What only a Terraform file says: rules of objects it does not hold, observed and deleted objects.</summary>
    internal TerraformConfiguration? Terraform { get; init; }

    /// <summary>Address prefixes an <c>ibmcloud is vpc-address-prefixes</c> export gives to VPCs other files list.</summary>
    internal ImmutableArray<VpcAddressPrefix> AddressPrefixes { get; init; } = [];
}
