using Portcullis.Core.Addresses;

namespace Portcullis.Policies.Model;

/// <summary>A Kubernetes node: its labels and addresses (what host endpoints created for it carry).</summary>
/// <param name="Name">The node name.</param>
/// <param name="Labels">The labels.</param>
/// <param name="Addresses">Its internal addresses.</param>
public sealed record NodeInfo(string Name, Labels Labels, IpAddressSet Addresses);
