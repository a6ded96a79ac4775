using Portcullis.Core.Diagnostics;
using Portcullis.Server.Configuration;
using Portcullis.Testing;

namespace Portcullis.Server.Tests.Configuration;

/// <summary>The server's configuration file: read whole, every problem reported at its line and path.</summary>
public sealed class ServerConfigurationReaderTests : IDisposable
{
    private static readonly string[] Kinds = ["file", "url", "collect"];
    private readonly string _directory = Directory.CreateTempSubdirectory("pc-config-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private (bool Ok, ServerConfiguration Configuration, List<Diagnostic> Diagnostics) Read(string yaml)
    {
        var file = Path.Combine(_directory, "server.yaml");
        File.WriteAllText(file, yaml);
        var diagnostics = new DiagnosticBag();
        var ok = ServerConfigurationReader.TryReadFile(file, Kinds, diagnostics, out var configuration);
        return (ok, configuration, [.. diagnostics.ToImmutable()]);
    }

    [Fact]
    public void TheShippedExample_Reads()
    {
        var diagnostics = new DiagnosticBag();
        Assert.True(ServerConfigurationReader.TryReadFile(Path.Combine(RepositoryPaths.Examples, "server", "portcullis.yaml"), Kinds, diagnostics, out var configuration),
            string.Join('\n', diagnostics.ToImmutable()));
        Assert.Equal("iks-prod", Assert.Single(configuration.Clusters).Name);
        Assert.Equal(TimeSpan.FromMinutes(15), Assert.Single(configuration.Accounts).Every);
    }

    [Fact]
    public void AFullConfiguration_ReadsEverySetting()
    {
        File.WriteAllText(Path.Combine(_directory, "prod.json"), "{}");
        File.WriteAllText(Path.Combine(_directory, "cluster.yaml"), "name: x");
        var (ok, configuration, diagnostics) = Read("""
            accounts:
              - name: prod
                every: 15m
                source: { kind: file, path: prod.json }
              - name: ibm
                every: 1h
                source:
                  kind: collect
                  apiKey: { env: IBMCLOUD_API_KEY }
                  regions: [us-south, eu-de]
            clusters:
              - { name: iks-prod, account: prod, description: cluster.yaml, era: secure-by-default }
            webhooks:
              - name: ops
                url: https://hooks.example.com/portcullis
                secret: { file: /etc/portcullis/webhook-secret }
                on: [requirement-regressed]
            alerts: { lintSeverity: warning }
            limits: { maxUploadBytes: 1048576, requestsPerMinute: 120 }
            """);

        Assert.True(ok, string.Join('\n', diagnostics));
        Assert.Equal(Path.Combine(_directory, "prod.json"), configuration.Accounts[0].Source.Path);
        Assert.Equal("us-south,eu-de", configuration.Accounts[1].Source.Options["regions"]);
        Assert.Equal("environment variable IBMCLOUD_API_KEY", configuration.Accounts[1].Source.Secret!.Describe());
        Assert.Equal(Cluster.Requirements.DocumentationEra.SecureByDefault, configuration.Clusters[0].Era);
        Assert.Equal([Storage.AlertKind.RequirementRegressed], configuration.Webhooks[0].Kinds);
        Assert.Equal(Severity.Warning, configuration.LintAlertSeverity);
        Assert.Equal((1048576L, 120), (configuration.Limits.MaxUploadBytes, configuration.Limits.RequestsPerMinute));
    }

    [Fact]
    public void Errors_AreAllReportedAtTheirLineAndPath()
    {
        var (ok, _, diagnostics) = Read("""
            accounts:
              - name: prod
                every: soon
                source: { kind: ftp }
              - name: prod
                source: { kind: collect }
            clusters:
              - { name: c, account: nowhere, description: missing.yaml }
            webhooks:
              - { name: ops, url: "ftp://x", secret: "in clear" }
            """);

        Assert.False(ok);
        var found = diagnostics.Where(d => d.Severity == Severity.Error).Select(d => $"{d.Code} {d.Location!.Line} {d.Location.Path}").ToList();
        Assert.Contains("PC8501 3 $.accounts[0].every", found);
        Assert.Contains("PC8505 4 $.accounts[0].source.kind", found);
        Assert.Contains("PC8502 6 $.accounts[1].source.apiKey", found);
        Assert.Contains("PC8507 8 $.clusters[0].description", found);
        Assert.Contains("PC8506 10 $.webhooks[0].url", found);
        Assert.Contains("PC8502 10 $.webhooks[0].secret", found);
        Assert.All(diagnostics, d => Assert.EndsWith("server.yaml", d.Location!.File, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("30s", 30)]
    [InlineData("15m", 900)]
    [InlineData("2h", 7200)]
    [InlineData("1d", 86400)]
    public void Durations_ReadTheirUnit(string text, int seconds)
    {
        Assert.True(Durations.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromSeconds(seconds), duration);
        Assert.Equal(text, Durations.Format(duration));
    }

    [Theory]
    [InlineData("")]
    [InlineData("15")]
    [InlineData("0m")]
    [InlineData("-5m")]
    [InlineData("1w")]
    [InlineData("1.5h")]
    public void Durations_RefuseAnythingElse(string text) => Assert.False(Durations.TryParse(text, out _));
}
