using System.CommandLine;
using System.CommandLine.Parsing;
using Portcullis.Application.Probe;
using Portcullis.Cli.Commands.Cluster;
using Portcullis.Cli.Infrastructure;
using Portcullis.Formats.Reports;
using Portcullis.Probing;
using Portcullis.Probing.Formats;

namespace Portcullis.Cli.Commands.Probe;

/// <summary>The options of <c>portcullis probe</c>, and the options record they make.</summary>
internal sealed class ProbeCommandOptions
{
    public Option<string[]> Targets { get; } = new("--target", "-t")
    {
        Description = "A target: " + ProbeTarget.SpecForms + ". Repeat for several.",
        HelpName = "TARGET",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<FileInfo[]> TargetsFile { get; } = new("--targets")
    {
        Description = "A YAML or JSON file of targets, each with url: (and expect: status/json/body) or host:/port:/check:, name:, purpose:, insecure:. Repeat for several.",
        HelpName = "FILE",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<FileInfo?> Cluster { get; } = new("--cluster", "-C")
    {
        Description = "Probe what the cluster's admin workstation must reach (as 'portcullis workstation' lists it): the IBM Cloud and containers APIs, "
            + "the registry, the master (/version) and etcd, each with the documentation's own check.",
        HelpName = "FILE",
    };

    public Option<string?> Era { get; } = ClusterOptions.Era();

    public Option<string?> ExpectStatus { get; } = new("--expect-status")
    {
        Description = "HTTP statuses that pass for the --target URLs, such as 200,204 or 2xx (default: 200-399).",
        HelpName = "CODES",
    };

    public Option<string?> ExpectJson { get; } = new("--expect-json")
    {
        Description = "The --target URLs must answer a JSON object with this (dotted) property, such as gitVersion.",
        HelpName = "PROPERTY",
    };

    public Option<string?> ExpectBody { get; } = new("--expect-body") { Description = "The --target URLs must answer a body that contains this text.", HelpName = "TEXT" };

    public Option<bool> Insecure { get; } = new("--insecure", "-k")
    {
        Description = "Accept certificates that are not trusted (as curl --insecure, for a master whose CA is IBM-internal); such targets are reported as degraded.",
    };

    public Option<FileInfo?> CaCertificates { get; } = new("--cacert")
    {
        Description = "Trust the CA certificates of this PEM file instead of the system's (as curl --cacert).",
        HelpName = "FILE",
    };

    public Option<string?> Proxy { get; } = new("--proxy")
    {
        Description = "Use this HTTP proxy (http://[user:password@]host:port) instead of HTTPS_PROXY/HTTP_PROXY/ALL_PROXY, or 'none' for none. NO_PROXY still applies.",
        HelpName = "URL",
    };

    // Durations and the format have no DefaultValueFactory so that --help shows the defaults as they are written (5s, txt).
    public Option<TimeSpan?> Timeout { get; } = new("--timeout")
    {
        Description = $"Time for each step of each target: resolve, connect, handshake, HTTP answer, such as 500ms or 3s (default: {ProbeDuration.Format(ProberOptions.DefaultStepTimeout)}).",
        HelpName = "DURATION",
        CustomParser = ParseDuration,
    };

    public Option<TimeSpan?> OverallTimeout { get; } = new("--overall-timeout")
    {
        Description = $"Time for the whole run; targets not finished by then are blocked with a timeout (default: {ProbeDuration.Format(ProbeOptions.DefaultOverallTimeout)}).",
        HelpName = "DURATION",
        CustomParser = ParseDuration,
    };

    public Option<int> Concurrency { get; } = new("--concurrency")
    {
        Description = $"How many targets are probed at once (1-{ProberOptions.MaxConcurrencyLimit}).",
        HelpName = "N",
        DefaultValueFactory = _ => ProberOptions.DefaultConcurrency,
        Validators =
        {
            result =>
            {
                if (result.GetValueOrDefault<int>() is < 1 or > ProberOptions.MaxConcurrencyLimit)
                {
                    result.AddError($"--concurrency must be 1-{ProberOptions.MaxConcurrencyLimit}.");
                }
            },
        },
    };

    public Option<ReportFormat> Format { get; } = FormatOption.Create(ProbeReportWriter.Formats);

    public Option<FileInfo?> Output { get; } = new("--output", "-o") { Description = "Write the report to FILE instead of standard output.", HelpName = "FILE" };

    public Option<bool> Detail { get; } = new("--detail") { Description = "In text, show every step of every target, not only of those that are not open." };

    public Option<bool> Strict { get; } = new("--strict") { Description = "Exit 1 when a target is degraded, not only when one is blocked." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Targets, TargetsFile, Cluster, Era, ExpectStatus, ExpectJson, ExpectBody, Insecure, CaCertificates, Proxy, Timeout, OverallTimeout, Concurrency, Format, Output, Detail, Strict })
        {
            command.Options.Add(option);
        }
    }

    public ProbeOptions Bind(ParseResult result) => new()
    {
        Targets = [.. result.GetValue(Targets) ?? []],
        TargetFiles = CommonOptions.Paths(result, TargetsFile),
        Cluster = CommonOptions.Path(result, Cluster),
        Era = ClusterOptions.ReadEra(result, Era),
        ExpectStatus = result.GetValue(ExpectStatus),
        ExpectJson = result.GetValue(ExpectJson),
        ExpectBody = result.GetValue(ExpectBody),
        Insecure = result.GetValue(Insecure),
        CaCertificates = CommonOptions.Path(result, CaCertificates),
        Proxy = result.GetValue(Proxy),
        Timeout = result.GetValue(Timeout),
        OverallTimeout = result.GetValue(OverallTimeout),
        Concurrency = result.GetValue(Concurrency),
        Format = result.GetValue(Format),
        Output = CommonOptions.Path(result, Output),
        Detail = result.GetValue(Detail),
        Strict = result.GetValue(Strict),
    };

    private static TimeSpan? ParseDuration(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        if (ProbeDuration.TryParse(text, out var duration, out var error))
        {
            return duration;
        }

        result.AddError(error);
        return default;
    }
}
