using Portcullis.Cluster.Check;
using Portcullis.Cluster.Fix;
using Portcullis.Cluster.Formats.IbmCloudCli;
using Portcullis.Cluster.Formats.Terraform;
using Portcullis.Cluster.Formats.VpcApi;
using Portcullis.Cluster.Formats.Wording;
using Portcullis.Cluster.Requirements;
using Portcullis.Formats.Output;
using Portcullis.Formats.Text;

namespace Portcullis.Cluster.Formats.Fix;

/// <summary>Writes a fix plan in the format asked for: an <c>ibmcloud is</c> script, Terraform, or VPC API requests.</summary>
public static class FixWriter
{
    /// <summary>Script, Terraform and JSON.</summary>
    public static OutputFormats<FixFormat> Formats { get; } = OutputFormats<FixFormat>.Of(
        (FixFormat.Script, "script (ibmcloud is)"),
        (FixFormat.Terraform, "terraform"),
        (FixFormat.Json, "json (VPC API requests)"));

    /// <summary>
    /// Writes the plan of <paramref name="proof"/>, opening the script and Terraform with what it fixes and closing
    /// them with the proof (as comments); the JSON holds the proof under <c>proof</c>.
    /// </summary>
    /// <param name="proof">The plan, the check it was made from, and the re-check on the patched configuration.</param>
    /// <param name="format">The format.</param>
    /// <param name="legacy">Whether to write protocol <c>all</c> for <c>icmp_tcp_udp</c>.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(FixProof proof, FixFormat format, bool legacy, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(proof);
        ArgumentNullException.ThrowIfNull(writer);
        switch (format)
        {
            case FixFormat.Terraform:
                FixTerraformWriter.Write(proof.Plan, Header(proof.Before), legacy, writer);
                WriteProof(proof, HclText.Comment, writer);
                break;
            case FixFormat.Json:
                FixApiWriter.Write(proof, legacy, writer);
                break;
            case FixFormat.Script:
                FixScriptWriter.Write(proof.Plan, Header(proof.Before), legacy, writer);
                WriteProof(proof, ShellText.Comment, writer);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unsupported fix format.");
        }
    }

    // The proof closes a script or a Terraform file as comments, one per line, so both stay runnable.
    private static void WriteProof(FixProof proof, Func<string, string> comment, TextWriter writer)
    {
        writer.WriteLine();
        foreach (var line in FixProofText.Lines(proof))
        {
            writer.WriteLine(line.Length == 0 ? "#" : comment(line));
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
