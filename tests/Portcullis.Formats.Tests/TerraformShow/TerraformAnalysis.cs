using System.Text;
using Portcullis.Core.Analysis;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Core.Topology;
using Portcullis.Formats.Configuration;
using Portcullis.Formats.IbmVpc;
using Portcullis.Formats.Reports;
using Portcullis.Formats.Wording;
using Portcullis.Testing;

namespace Portcullis.Formats.Tests.TerraformShow;

/// <summary>Reads Terraform and collector documents and writes their endpoint reports, for comparing one network in both.</summary>
internal static class TerraformAnalysis
{
    /// <summary>A test data file of this folder.</summary>
    public static string DataFile(string name) => Path.Combine(RepositoryPaths.Root, "tests", "Portcullis.Formats.Tests", "TerraformShow", "Data", name);

    /// <summary>Reads a document of any format, asserting it has no errors.</summary>
    public static (ConfigurationDocument Document, DiagnosticBag Diagnostics) Read(string json, string file = "terraform.json")
    {
        var diagnostics = new DiagnosticBag();
        var ok = ConfigurationReader.TryRead(Encoding.UTF8.GetBytes(json), file, diagnostics, out var document);
        Assert.True(ok, string.Join("\n", diagnostics.ToImmutable()));
        return (document!, diagnostics);
    }

    /// <summary>The endpoint report of a configuration, as 'report endpoints' prints it.</summary>
    public static string EndpointReport(VpcConfiguration configuration)
    {
        var diagnostics = new DiagnosticBag();
        var topology = NetworkTopology.Build(configuration, TopologyFilter.None, diagnostics);
        Assert.True(topology is not null && !diagnostics.HasErrors, string.Join("\n", diagnostics.ToImmutable()));
        using var writer = new StringWriter();
        // Streamed in the report's node order, as the command writes it (the whole report comes in analysis order).
        ConnectivityReportWriter.Write(new ConnectivityAnalyzer(topology).StreamEndpoints(TextOrder.Report.Nodes), ReportFormat.Txt, writer);
        return writer.ToString();
    }

    /// <summary>The endpoint report of a shared np-guard input (the test skips without ../shared).</summary>
    public static string SharedEndpointReport(string input)
    {
        if (RepositoryPaths.Shared is not { } shared)
        {
            Assert.Skip(RepositoryPaths.NoSharedReason);
            return string.Empty;
        }

        var diagnostics = new DiagnosticBag();
        Assert.True(IbmVpcConfigReader.TryReadFile(Path.Combine(shared, "conformance", "npguard", "input", input), diagnostics, out var configuration));
        return EndpointReport(configuration);
    }

    /// <summary>The warnings and errors of a read, one a line.</summary>
    public static string Problems(DiagnosticBag diagnostics) =>
        string.Join("\n", diagnostics.ToImmutable().Where(d => d.Severity != Severity.Note));
}
