using Portcullis.Cluster.Check;
using Portcullis.Cluster.Fix;
using Portcullis.Cluster.Formats.IbmCloudCli;
using Portcullis.Cluster.Formats.Terraform;
using Portcullis.Cluster.Formats.VpcApi;
using Portcullis.Cluster.Requirements;
using Portcullis.Formats.Output;

namespace Portcullis.Cluster.Formats.Fix;

/// <summary>Writes a fix plan in the format asked for: an <c>ibmcloud is</c> script, Terraform, or VPC API requests.</summary>
public static class FixWriter
{
    /// <summary>Script, Terraform and JSON.</summary>
    public static OutputFormats<FixFormat> Formats { get; } = OutputFormats<FixFormat>.Of(
        (FixFormat.Script, "script (ibmcloud is)"),
        (FixFormat.Terraform, "terraform"),
        (FixFormat.Json, "json (VPC API requests)"));

    /// <summary>Writes the plan made from <paramref name="report"/>, opening the script and Terraform with what it fixes.</summary>
    /// <param name="report">The check the plan fixes.</param>
    /// <param name="plan">The plan.</param>
    /// <param name="format">The format.</param>
    /// <param name="legacy">Whether to write protocol <c>all</c> for <c>icmp_tcp_udp</c>.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(ClusterCheckReport report, FixPlan plan, FixFormat format, bool legacy, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(writer);
        switch (format)
        {
            case FixFormat.Terraform:
                FixTerraformWriter.Write(plan, Header(report), legacy, writer);
                break;
            case FixFormat.Json:
                FixApiWriter.Write(plan, legacy, writer);
                break;
            case FixFormat.Script:
                FixScriptWriter.Write(plan, Header(report), legacy, writer);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unsupported fix format.");
        }
    }

    private static string[] Header(ClusterCheckReport report)
    {
        var cluster = report.Binding.Description;
        return
        [
            $"Portcullis fix for cluster {cluster.Name} ({cluster.Id}), VPC {report.Binding.Vpc.Name}, requirements {EraNames.Name(report.Catalog.Era)}:",
            $"{report.Count(RequirementStatus.Blocked)} blocked and {report.Count(RequirementStatus.PartlyOpen)} partly open requirements.",
        ];
    }
}
