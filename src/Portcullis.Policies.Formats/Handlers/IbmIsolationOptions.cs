namespace Portcullis.Policies.Formats.Handlers;

/// <summary>Options of the isolation-set generator (the future <c>cluster isolate</c>).</summary>
/// <param name="Region">The cluster's region (one IBM publishes the set for).</param>
/// <param name="PodSubnet">The cluster's pod subnet (CIDR); absent keeps IBM's classic default 172.30.0.0/16.</param>
/// <param name="ServiceSubnet">The cluster's service subnet (CIDR); absent keeps the region's published proxy addresses.</param>
/// <param name="Workers">Workers to create private host endpoints for, each <c>NODE=PRIVATE-IP</c>.</param>
/// <param name="IncludePrivateServices">Whether to add the optional private-services policies.</param>
/// <param name="IncludeVrrp">Whether to add the optional VRRP policy.</param>
/// <param name="ControlPlane">The master's private service endpoints (CIDRs), when they differ from the region's published list.</param>
/// <param name="SysMgmt">The infrastructure management nets (CIDRs), when they differ from the region's published list.</param>
public sealed record IbmIsolationOptions(
    string Region,
    string? PodSubnet = null,
    string? ServiceSubnet = null,
    IReadOnlyList<string>? Workers = null,
    bool IncludePrivateServices = false,
    bool IncludeVrrp = false,
    IReadOnlyList<string>? ControlPlane = null,
    IReadOnlyList<string>? SysMgmt = null);
