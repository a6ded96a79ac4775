using Portcullis.Core.Lint;
using Portcullis.Formats.Wording;

namespace Portcullis.Formats.Lint;

/// <summary>How lint output names the objects a finding refers to.</summary>
public static class LintSubjectText
{
    /// <summary>
    /// Its name: a table's, subnet's, VPC's or transit gateway's name, a network ACL rule's name, a security group
    /// rule's name (else its id), an endpoint as reports name it (<see cref="NodeText.Name"/>), external addresses as
    /// reports name them (<see cref="AddressText.External"/>).
    /// </summary>
    public static string Name(LintSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return subject.Kind switch
        {
            LintSubjectKind.Vpc => subject.Vpc!.Name,
            LintSubjectKind.Subnet => subject.Subnet!.Name,
            LintSubjectKind.NetworkAcl => subject.Acl!.Name,
            LintSubjectKind.NetworkAclRule => subject.AclRule!.Name,
            LintSubjectKind.SecurityGroup => subject.SecurityGroup!.Name,
            LintSubjectKind.SecurityGroupRule => subject.GroupRule!.Name ?? subject.GroupRule.Id,
            LintSubjectKind.Endpoint => NodeText.Name(subject.Node!),
            LintSubjectKind.ExternalAddresses => AddressText.External(subject.ExternalKind!.Value, subject.Addresses),
            LintSubjectKind.TransitGateway => subject.TransitGateway!.Name,
            _ => throw new ArgumentOutOfRangeException(nameof(subject), subject.Kind, "Not a kind of lint subject."),
        };
    }

    /// <summary>For a rule, the name of its network ACL or security group; otherwise <see langword="null"/>.</summary>
    public static string? Table(LintSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return subject.Kind switch
        {
            LintSubjectKind.NetworkAclRule => subject.Acl!.Name,
            LintSubjectKind.SecurityGroupRule => subject.SecurityGroup!.Name,
            _ => null,
        };
    }

    /// <summary>For a rule, the rule as explanations cite it (<see cref="RuleText"/>); otherwise <see langword="null"/>.</summary>
    public static string? Rule(LintSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return subject.Rule is { } rule ? RuleText.Of(rule) : null;
    }

    /// <summary>The name with its VPC, as findings about traffic print their ends: <c>vpc/name</c>; external addresses and transit gateways have no VPC.</summary>
    public static string Qualified(LintSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return subject.Vpc is { } vpc ? $"{vpc.Name}/{Name(subject)}" : Name(subject);
    }

    /// <summary>The subject as one path, <c>vpc/table/rule</c> for a rule and <see cref="Qualified"/> otherwise: what SARIF fingerprints are made of.</summary>
    public static string Path(LintSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return Table(subject) is { } table ? $"{subject.Vpc!.Name}/{table}/{Name(subject)}" : Qualified(subject);
    }

    /// <summary>The kind as JSON and SARIF name it: <c>network-acl-rule</c>, <c>security-group</c> ...</summary>
    public static string Kind(LintSubjectKind kind) => kind switch
    {
        LintSubjectKind.Vpc => "vpc",
        LintSubjectKind.Subnet => "subnet",
        LintSubjectKind.NetworkAcl => "network-acl",
        LintSubjectKind.NetworkAclRule => "network-acl-rule",
        LintSubjectKind.SecurityGroup => "security-group",
        LintSubjectKind.SecurityGroupRule => "security-group-rule",
        LintSubjectKind.Endpoint => "endpoint",
        LintSubjectKind.ExternalAddresses => "external-addresses",
        LintSubjectKind.TransitGateway => "transit-gateway",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
