using Portcullis.Core.Diagnostics;

namespace Portcullis.Core.Model;

/// <summary>A transit gateway joining VPCs (and other networks) through its connections.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Crn">Its CRN (connections refer to it by this).</param>
/// <param name="Name">Its name.</param>
/// <param name="Location">Its region.</param>
/// <param name="IsGlobal">Whether it routes across regions.</param>
/// <param name="ResourceGroup">The resource group.</param>
/// <param name="SourceLocation">Where it was read, if from a file.</param>
public sealed record TransitGateway(string Id, string Crn, string Name, string? Location, bool IsGlobal, ResourceGroupRef? ResourceGroup = null, SourceLocation? SourceLocation = null);
