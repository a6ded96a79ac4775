using Portcullis.Cluster.Allowlist;
using Portcullis.Cluster.Formats.IbmCloudCli;
using Portcullis.Cluster.Formats.Iptables;
using Portcullis.Cluster.Formats.Nftables;
using Portcullis.Cluster.Formats.Terraform;
using Portcullis.Formats.Output;

namespace Portcullis.Cluster.Formats.Allowlist;

/// <summary>The formats of an allowlist, each written by the writer of its kind.</summary>
public static partial class AllowlistWriter
{
    /// <summary>List, CSV, JSON, nftables, iptables, ibmcloud security-group rules and Terraform.</summary>
    public static OutputFormats<AllowlistFormat> Formats { get; } = OutputFormats<AllowlistFormat>.Of(
        (AllowlistFormat.List, "list"),
        (AllowlistFormat.Csv, "csv"),
        (AllowlistFormat.Json, "json"),
        (AllowlistFormat.Nftables, "nftables"),
        (AllowlistFormat.Iptables, "iptables"),
        (AllowlistFormat.Ibmcloud, "ibmcloud (security-group rules)"),
        (AllowlistFormat.Terraform, "terraform"));

    /// <summary>Writes the allowlist in <paramref name="format"/>.</summary>
    /// <param name="allowlist">The allowlist.</param>
    /// <param name="format">The format.</param>
    /// <param name="legacy">Whether ibmcloud and Terraform rules write protocol <c>all</c> for <c>icmp_tcp_udp</c>.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(ClusterAllowlist allowlist, AllowlistFormat format, bool legacy, TextWriter writer)
    {
        switch (format)
        {
            case AllowlistFormat.List:
                WriteList(allowlist, writer);
                break;
            case AllowlistFormat.Csv:
                WriteCsv(allowlist, writer);
                break;
            case AllowlistFormat.Json:
                WriteJson(allowlist, writer);
                break;
            case AllowlistFormat.Nftables:
                NftablesWriter.WriteAllowlist(allowlist, writer);
                break;
            case AllowlistFormat.Iptables:
                IptablesWriter.WriteAllowlist(allowlist, writer);
                break;
            case AllowlistFormat.Ibmcloud:
                AllowlistScriptWriter.Write(allowlist, legacy, writer);
                break;
            case AllowlistFormat.Terraform:
                AllowlistTerraformWriter.Write(allowlist, legacy, writer);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unsupported allowlist format.");
        }
    }
}
