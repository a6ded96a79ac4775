using System.Collections.Immutable;
using Portcullis.Cluster.Formats.Iptables;
using Portcullis.Cluster.Formats.Nftables;
using Portcullis.Cluster.Formats.Wording;
using Portcullis.Cluster.Formats.Workstation;
using Portcullis.Cluster.Requirements;
using Portcullis.Cluster.Workstation;
using Portcullis.Formats.Output;
using Portcullis.Probing.Formats;

namespace Portcullis.Application.Workstation;

/// <summary>
/// Writes what a workstation must reach in the format asked for: the cluster's own writers for the table, JSON and
/// firewall rules, and the probe's targets writer (with <see cref="WorkstationProbes"/>) for a file to check it live.
/// It lives here because it joins two products.
/// </summary>
public static class WorkstationOutput
{
    /// <summary>Text, Markdown, JSON, nftables, iptables, and probe targets.</summary>
    public static OutputFormats<WorkstationFormat> Formats { get; } = OutputFormats<WorkstationFormat>.WithSerialComma(
        (WorkstationFormat.Txt, "txt"),
        (WorkstationFormat.Md, "md"),
        (WorkstationFormat.Json, "json"),
        (WorkstationFormat.Nftables, "nftables"),
        (WorkstationFormat.Iptables, "iptables"),
        (WorkstationFormat.Probe, "probe (a targets file for 'portcullis probe --targets')"));

    /// <summary>Writes the egress in <paramref name="format"/>.</summary>
    /// <param name="cluster">The cluster's name.</param>
    /// <param name="era">The era the requirements are from.</param>
    /// <param name="requirements">What the workstation must reach.</param>
    /// <param name="notes">Notes on the requirements.</param>
    /// <param name="format">The format.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="addresses">For nftables and iptables: the addresses to allow for a host instead of its name, if any.</param>
    public static void Write(string cluster, DocumentationEra era, ImmutableArray<EgressRequirement> requirements, ImmutableArray<WorkstationNote> notes, WorkstationFormat format, TextWriter writer, Func<EgressRequirement, DestinationAddresses?>? addresses = null)
    {
        switch (format)
        {
            case WorkstationFormat.Txt:
            case WorkstationFormat.Md:
                WorkstationWriter.WriteTable(cluster, era, requirements, notes, format == WorkstationFormat.Md, writer);
                break;
            case WorkstationFormat.Json:
                WorkstationWriter.WriteJson(cluster, era, requirements, notes, writer);
                break;
            case WorkstationFormat.Nftables:
                NftablesWriter.WriteWorkstation(cluster, requirements, writer, addresses);
                break;
            case WorkstationFormat.Iptables:
                IptablesWriter.WriteWorkstation(cluster, requirements, writer, addresses);
                break;
            case WorkstationFormat.Probe:
                ProbeTargetsWriter.Write(WorkstationProbes.For(requirements), writer, WorkstationText.TargetsHeader(cluster));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unsupported workstation format.");
        }
    }
}
