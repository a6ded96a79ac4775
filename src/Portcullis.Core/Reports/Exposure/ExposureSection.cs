using System.Collections.Immutable;
using Portcullis.Core.Analysis;

namespace Portcullis.Core.Reports.Exposure;

/// <summary>The exposure of every endpoint of one VPC, endpoints seen alike grouped together.</summary>
/// <param name="Scope">The VPC.</param>
/// <param name="Groups">The groups, ordered by their first node in the report's order.</param>
public sealed record ExposureSection(ConnectivityScope Scope, ImmutableArray<EndpointExposure> Groups);
