using Portcullis.Cluster.Fix;
using Portcullis.Cluster.Formats.IbmCloudCli;
using Portcullis.Cluster.Formats.Wording;
using Portcullis.Core.Model;
using Portcullis.Formats.Text;

namespace Portcullis.Cluster.Formats.Terraform;

/// <summary>
/// Writes a fix plan as Terraform: one <c>ibm_is_network_acl_rule</c> (with <c>before</c>) or
/// <c>ibm_is_security_group_rule</c> resource per rule, in the provider's current argument style. Every value from input is an escaped HCL string (<see cref="HclText.String"/>),
/// every resource name an identifier, every comment one line.
/// </summary>
public static class FixTerraformWriter
{
    /// <summary>Writes the resources.</summary>
    public static void Write(FixPlan plan, IEnumerable<string> header, bool legacy, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var line in header)
        {
            writer.WriteLine(HclText.Comment(line));
        }

        writer.WriteLine($"# {plan.Changes.Length} rules to add; no rule is changed or deleted. Needs terraform-provider-ibm {(legacy ? "before 1.87" : "1.87 or later")}.");
        foreach (var problem in plan.Problems)
        {
            writer.WriteLine(HclText.Comment($"NOT PLANNED: {FixText.Problem(problem)}"));
        }

        foreach (var change in plan.Changes)
        {
            writer.WriteLine();
            writer.WriteLine(HclText.Comment(string.Join(", ", change.RequirementIds)));
            switch (change)
            {
                case AclRuleAddition acl:
                    WriteAcl(acl, legacy, writer);
                    break;
                case SecurityGroupRuleAddition group:
                    WriteGroup(group, legacy, writer);
                    break;
            }
        }
    }

    /// <summary>A Terraform resource name from a rule name: letters, digits and underscores.</summary>
    public static string ResourceName(string name) => HclText.Identifier(name);

    private static void WriteAcl(AclRuleAddition change, bool legacy, TextWriter writer)
    {
        var rule = change.Rule;
        var shape = change.Shape;
        writer.WriteLine($"resource \"ibm_is_network_acl_rule\" \"{ResourceName(rule.Name)}\" {{");
        Attribute(writer, "network_acl", HclText.String(change.Acl.Id));
        Attribute(writer, "name", HclText.String(rule.Name));
        Attribute(writer, "action", "\"allow\"");
        Attribute(writer, "direction", rule.Direction == TrafficDirection.Inbound ? "\"inbound\"" : "\"outbound\"");
        Attribute(writer, "source", HclText.String(rule.Source.ToString()));
        Attribute(writer, "destination", HclText.String(rule.Destination.ToString()));
        Attribute(writer, "protocol", HclText.String(ProtocolNames.For(shape.Protocol, legacy)));
        Ports(writer, shape);
        if (shape.SourcePortMin is { } sourceMin)
        {
            Attribute(writer, "source_port_min", sourceMin.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Attribute(writer, "source_port_max", shape.SourcePortMax!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (change.Before is { } before)
        {
            Attribute(writer, "before", HclText.String(before.Id));
        }

        writer.WriteLine("}");
    }

    private static void WriteGroup(SecurityGroupRuleAddition change, bool legacy, TextWriter writer)
    {
        var rule = change.Rule;
        var shape = change.Shape;
        writer.WriteLine($"resource \"ibm_is_security_group_rule\" \"{ResourceName(rule.Name ?? rule.Id)}\" {{");
        Attribute(writer, "group", HclText.String(change.Group.Id));
        Attribute(writer, "direction", rule.Direction == TrafficDirection.Inbound ? "\"inbound\"" : "\"outbound\"");
        var remote = rule.Remote switch
        {
            SecurityGroupRemote group => group.SecurityGroupId,
            CidrRemote cidr => cidr.Prefix.ToString(),
            _ => "0.0.0.0/0",
        };
        Attribute(writer, "remote", HclText.String(remote));
        Attribute(writer, "protocol", HclText.String(ProtocolNames.For(shape.Protocol, legacy)));
        Ports(writer, shape);
        writer.WriteLine("}");
    }

    private static void Ports(TextWriter writer, RuleShape shape)
    {
        if (shape.PortMin is { } min)
        {
            Attribute(writer, "port_min", min.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Attribute(writer, "port_max", shape.PortMax!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (shape.IcmpType is { } type)
        {
            Attribute(writer, "type", type.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (shape.IcmpCode is { } code)
        {
            Attribute(writer, "code", code.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static void Attribute(TextWriter writer, string name, string value) => writer.WriteLine($"  {name,-15} = {value}");
}
