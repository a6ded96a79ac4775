using Portcullis.Core.Diagnostics;
using Portcullis.Formats.Configuration;
using Portcullis.Testing;

namespace Portcullis.Formats.Tests.Configuration;

/// <summary>
/// One run lists every problem of a configuration: the values that cannot be read and the references that do not
/// resolve, together; only a file that is not JSON at all stops at its syntax error.
/// </summary>
public sealed class ConfigurationReaderAllProblemsTests : IDisposable
{
    private static readonly string ErrorsExample = Path.Combine(RepositoryPaths.Examples, "errors", "vpc-with-errors.json");

    private readonly string _directory = Directory.CreateTempSubdirectory("portcullis-problems-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static List<(string Code, string? Path)> Read(params string[] files)
    {
        var diagnostics = new DiagnosticBag();
        Assert.False(ConfigurationReader.TryReadFiles(files, diagnostics, out _));
        return [.. diagnostics.ToImmutable().Select(d => (d.Code, d.Location?.Path))];
    }

    [Fact]
    public void TryReadFiles_FileWithFiveKindsOfError_ListsEveryOneInOneRun()
    {
        var found = Read(ErrorsExample);

        // Each problem the example file was written with, where it was put.
        Assert.Contains(("PC1006", "$.subnets[0].ipv4_cidr_block"), found);                 // a /33 block
        Assert.Contains(("PC1008", "$.network_acls[0].rules[1].destination_port_min"), found); // ports 8443-8080
        Assert.Contains(("PC1009", "$.network_acls[0].rules[2].action"), found);               // action 'drop'
        Assert.Contains(("PC3003", "$.subnets[1].network_acl"), found);                        // ACL acl-9, in no list
        Assert.Contains(("PC3007", "$.security_groups[0].rules[0].remote"), found);            // remote group app-sg, in no list
        Assert.Contains(("PC2001", "$.security_groups[0].rules[1].protocol"), found);          // protocol sctp_v2: a warning
        Assert.Equal(6, found.Count);
    }

    [Fact]
    public void TryReadFiles_ReferenceToAnObjectWithErrors_IsNotReportedAgain()
    {
        // Subnet web names ACL acl-1, which has errors of its own, and instance db-1 sits in subnet db: neither is
        // a dangling reference, so neither is reported as one.
        var found = Read(ErrorsExample);

        Assert.DoesNotContain(("PC3003", "$.subnets[0].network_acl"), found);
        Assert.DoesNotContain(found, f => f.Path?.StartsWith("$.instances", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void TryReadFiles_ReferenceBetweenFiles_IsResolvedAcrossThem()
    {
        // The ACL that subnet db names is in a second file: with an error in the first file, the reference still resolves.
        var acl = Path.Combine(_directory, "acl.json");
        File.WriteAllText(acl, """{"network_acls": [{"id": "acl-9", "name": "db-acl", "vpc": {"id": "vpc-1"}, "rules": []}]}""");

        var found = Read(ErrorsExample, acl);

        Assert.DoesNotContain(found, f => f.Code == "PC3003");
        Assert.Contains(found, f => f.Code == "PC3007");
    }

    [Fact]
    public void TryReadFiles_MalformedJson_StopsAtTheSyntaxError()
    {
        var broken = Path.Combine(_directory, "broken.json");
        File.WriteAllText(broken, """{"subnets": [{"id": "s", "network_acl": {"id": "acl-9"}}""");

        var found = Read(broken, ErrorsExample);

        // The broken file's references cannot be checked: there is nothing to check them against, and checking the
        // other file's alone could report a reference to the broken file's objects as dangling.
        Assert.Contains(found, f => f.Code == "PC1002");
        Assert.DoesNotContain(found, f => f.Code.StartsWith("PC3", StringComparison.Ordinal));
        Assert.Contains(found, f => f.Code == "PC1006");
    }
}
