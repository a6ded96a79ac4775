using Portcullis.Cluster.Allowlist;

namespace Portcullis.Cluster.Formats.Wording;

/// <summary>How allowlists word what each block is and what their user should know.</summary>
public static class AllowlistText
{
    /// <summary><c>public gateway pgw-1 of zone us-south-1</c>, <c>worker subnet workers-1</c>, <c>worker kube-w1</c>.</summary>
    public static string Reason(AllowlistEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Kind switch
        {
            AllowlistEntryKind.PublicGateway => entry.Gateway is { } gateway ? $"public gateway {gateway.Name} of zone {gateway.Zone}" : $"public gateway of zone {entry.Zone}",
            AllowlistEntryKind.WorkerSubnet => $"worker subnet {entry.Subnet!.DisplayName}",
            _ => $"worker {entry.Worker?.Name ?? entry.DescribedWorker!.Id}",
        };
    }

    /// <summary>A note, with what to do about it where something can be done.</summary>
    public static string Note(AllowlistNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return note.Kind switch
        {
            AllowlistNoteKind.NoPublicGateway =>
                $"worker subnet {note.Subnet!.DisplayName} has no public gateway: its workers cannot reach the internet, so nothing from it needs allowlisting",
            AllowlistNoteKind.GatewayAddressUnknown =>
                $"worker subnet {note.Subnet!.DisplayName}: the floating IP of its public gateway is not known (give --config or import 'ibmcloud is public-gateways')",
            AllowlistNoteKind.WorkerAddressesUnknown => "the workers' IPs are not known (import 'ibmcloud ks worker ls --output json' or give --config)",
            AllowlistNoteKind.WorkerAddressesChange =>
                "worker IPs change when workers are replaced or the pool is resized; the worker subnets stay valid (but may be shared with other clusters)",
            AllowlistNoteKind.PrivateNetworkOnly =>
                "connections into VPC workers can only come from the IBM Cloud private network (VPN, Direct Link, transit gateway, classic)",
            _ => throw new ArgumentOutOfRangeException(nameof(note), note.Kind, "Not an allowlist note."),
        };
    }
}
