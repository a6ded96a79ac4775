using System.Globalization;
using Portcullis.Cluster.Allowlist;
using Portcullis.Cluster.Fix;
using Portcullis.Cluster.Formats.IbmCloudCli;
using Portcullis.Cluster.Formats.Wording;
using Portcullis.Formats.Text;

namespace Portcullis.Cluster.Formats.Terraform;

/// <summary>Writes an allowlist as <c>ibm_is_security_group_rule</c> resources for another service's security group.</summary>
public static class AllowlistTerraformWriter
{
    /// <summary>A variable for the target group and one resource per CIDR and protocol part.</summary>
    public static void Write(ClusterAllowlist allowlist, bool legacy, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(allowlist);
        ArgumentNullException.ThrowIfNull(writer);
        var from = allowlist.Direction == AllowlistDirection.FromCluster;
        var stem = FixTerraformWriter.ResourceName(allowlist.Cluster) + (from ? "_from_cluster" : "_to_cluster");
        writer.WriteLine(HclText.Comment($"Portcullis allowlist for cluster {allowlist.Cluster}: traffic {(from ? "from the cluster" : "to the cluster")}."));
        foreach (var note in allowlist.Notes)
        {
            writer.WriteLine(HclText.Comment($"note: {AllowlistText.Note(note)}"));
        }

        writer.WriteLine();
        writer.WriteLine("variable \"security_group_id\" {");
        writer.WriteLine($"  description = {HclText.String($"The security group that must allow traffic {(from ? "from" : "to")} cluster {allowlist.Cluster}")}");
        writer.WriteLine("  type        = string");
        writer.WriteLine("}");
        var index = 0;
        foreach (var prefix in allowlist.Prefixes)
        {
            foreach (var shape in RuleShape.Of(allowlist.Connection, sourcePorts: false))
            {
                writer.WriteLine();
                writer.WriteLine($"resource \"ibm_is_security_group_rule\" \"{stem}_{++index}\" {{");
                writer.WriteLine("  group     = var.security_group_id");
                writer.WriteLine($"  direction = \"{(from ? "inbound" : "outbound")}\"");
                writer.WriteLine($"  remote    = {HclText.String(prefix.ToString())}");
                writer.WriteLine($"  protocol  = {HclText.String(ProtocolNames.For(shape.Protocol, legacy))}");
                if (shape.PortMin is { } min)
                {
                    writer.WriteLine($"  port_min  = {min.ToString(CultureInfo.InvariantCulture)}");
                    writer.WriteLine($"  port_max  = {shape.PortMax!.Value.ToString(CultureInfo.InvariantCulture)}");
                }

                if (shape.IcmpType is { } type)
                {
                    writer.WriteLine($"  type      = {type.ToString(CultureInfo.InvariantCulture)}");
                }

                if (shape.IcmpCode is { } code)
                {
                    writer.WriteLine($"  code      = {code.ToString(CultureInfo.InvariantCulture)}");
                }

                writer.WriteLine("}");
            }
        }
    }
}
