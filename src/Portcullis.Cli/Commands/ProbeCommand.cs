using System.Collections.Immutable;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Portcullis.Application.Workstation;
using Portcullis.Cli.Infrastructure;
using Portcullis.Cluster.Formats.Catalogs;
using Portcullis.Cluster.Requirements;
using Portcullis.Cluster.Workstation;
using Portcullis.Core.Diagnostics;
using Portcullis.Formats.Reports;
using Portcullis.Probing;
using Portcullis.Probing.Formats;
using Spectre.Console;

namespace Portcullis.Cli.Commands;

/// <summary>
/// <c>portcullis probe</c>: verifies openings live, as the documentation's curl steps do (name, TCP connect, TLS
/// handshake, HTTP answer), through the environment's proxy, and exits 1 when one is blocked.
/// </summary>
internal static class ProbeCommand
{
    private const string HelpHint = "Run 'portcullis probe --help' for usage and examples.";

    private static readonly TimeSpan DefaultOverallTimeout = TimeSpan.FromMinutes(2);

    // Ctrl+C: 128 + SIGINT, the code shells give a program that an interrupt ended.
    private const int Interrupted = 130;

    public static Command Create(CommandContext context, HelpExamples examples)
    {
        var command = new Command(
            "probe",
            "Verify network openings live from this machine, as the documentation's curl steps do: resolve the name, connect over TCP "
            + "(through the HTTPS_PROXY with CONNECT, unless NO_PROXY names the host), complete the TLS handshake and judge the certificate, "
            + "send the HTTP request and check the status and body. Each target is open, degraded (it works, but the certificate is not "
            + "trusted and was accepted with --insecure) or blocked (with the step that failed and why). Exit code: 0 when nothing is blocked "
            + "(degraded targets are reported on standard error; --strict makes them fail), 1 when a target is blocked, 2 for bad input. "
            + "--format json writes the schema '" + ProbeReportWriter.JsonSchema + "' (see the examples).");
        var targets = new Option<string[]>("--target", "-t")
        {
            Description = "A target: " + ProbeTarget.SpecForms + ". Repeat for several.",
            HelpName = "TARGET",
            Arity = ArgumentArity.OneOrMore,
        };
        var targetsFile = new Option<FileInfo[]>("--targets")
        {
            Description = "A YAML or JSON file of targets, each with url: (and expect: status/json/body) or host:/port:/check:, name:, purpose:, insecure:. Repeat for several.",
            HelpName = "FILE",
            Arity = ArgumentArity.OneOrMore,
        };
        var expectStatus = new Option<string?>("--expect-status")
        {
            Description = "HTTP statuses that pass for the --target URLs, such as 200,204 or 2xx (default: 200-399).",
            HelpName = "CODES",
        };
        var expectJson = new Option<string?>("--expect-json")
        {
            Description = "The --target URLs must answer a JSON object with this (dotted) property, such as gitVersion.",
            HelpName = "PROPERTY",
        };
        var expectBody = new Option<string?>("--expect-body")
        {
            Description = "The --target URLs must answer a body that contains this text.",
            HelpName = "TEXT",
        };
        var insecure = new Option<bool>("--insecure", "-k")
        {
            Description = "Accept certificates that are not trusted (as curl --insecure, for a master whose CA is IBM-internal); such targets are reported as degraded.",
        };
        var caCertificates = new Option<FileInfo?>("--cacert")
        {
            Description = "Trust the CA certificates of this PEM file instead of the system's (as curl --cacert).",
            HelpName = "FILE",
        };
        var proxy = new Option<string?>("--proxy")
        {
            Description = "Use this HTTP proxy (http://[user:password@]host:port) instead of HTTPS_PROXY/HTTP_PROXY/ALL_PROXY, or 'none' for none. NO_PROXY still applies.",
            HelpName = "URL",
        };
        // Durations and the format have no DefaultValueFactory so that --help shows the defaults as they are written (5s, txt).
        var timeout = new Option<TimeSpan?>("--timeout")
        {
            Description = $"Time for each step of each target: resolve, connect, handshake, HTTP answer, such as 500ms or 3s (default: {ProbeDuration.Format(ProberOptions.DefaultStepTimeout)}).",
            HelpName = "DURATION",
            CustomParser = ParseDuration,
        };
        var overallTimeout = new Option<TimeSpan?>("--overall-timeout")
        {
            Description = $"Time for the whole run; targets not finished by then are blocked with a timeout (default: {ProbeDuration.Format(DefaultOverallTimeout)}).",
            HelpName = "DURATION",
            CustomParser = ParseDuration,
        };
        var concurrency = new Option<int>("--concurrency")
        {
            Description = $"How many targets are probed at once (1-{ProberOptions.MaxConcurrencyLimit}).",
            HelpName = "N",
            DefaultValueFactory = _ => ProberOptions.DefaultConcurrency,
        };
        concurrency.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > ProberOptions.MaxConcurrencyLimit)
            {
                result.AddError($"--concurrency must be 1-{ProberOptions.MaxConcurrencyLimit}.");
            }
        });
        var format = FormatOption.Create(ReportFormat.Txt, "Output format: txt (the default) or json.", [ReportFormat.Txt, ReportFormat.Json]);
        var output = new Option<FileInfo?>("--output", "-o")
        {
            Description = "Write the report to FILE instead of standard output.",
            HelpName = "FILE",
        };
        var detail = new Option<bool>("--detail") { Description = "In text, show every step of every target, not only of those that are not open." };
        var strict = new Option<bool>("--strict") { Description = "Exit 1 when a target is degraded, not only when one is blocked." };
        var cluster = new Option<FileInfo?>("--cluster", "-C")
        {
            Description = "Probe what the cluster's admin workstation must reach (as 'portcullis workstation' lists it): the IBM Cloud and containers APIs, "
                + "the registry, the master (/version) and etcd, each with the documentation's own check.",
            HelpName = "FILE",
        };
        var era = ClusterCommands.EraOption();
        foreach (var option in new Option[] { targets, targetsFile, cluster, era, expectStatus, expectJson, expectBody, insecure, caCertificates, proxy, timeout, overallTimeout, concurrency, format, output, detail, strict })
        {
            command.Options.Add(option);
        }

        examples.Add(command,
            "portcullis probe -t https://us.icr.io/api/v1/messages --expect-status 200,204",
            "portcullis probe -t https://containers.cloud.ibm.com/global/v1/versions --expect-json kubernetes",
            "portcullis probe -t https://cloud.ibm.com/ -t us.icr.io:443 -t dns://private.us.icr.io --detail",
            "portcullis probe -t https://c100.us-south.containers.cloud.ibm.com:31234/version --insecure --expect-json gitVersion",
            "portcullis probe -t tls://c100.us-south.containers.cloud.ibm.com:30245 --insecure   # the etcd port for calicoctl",
            "portcullis probe --targets openings.yaml --format json --output probe.json",
            "HTTPS_PROXY=http://proxy.example.com:3128 NO_PROXY=.internal portcullis probe --targets openings.yaml --timeout 3s",
            "",
            "A targets file (YAML or JSON):",
            "  targets:",
            "    - name: registry",
            "      purpose: ibmcloud cr",
            "      url: https://us.icr.io/api/v1/messages",
            "      expect: { status: [200, 204] }",
            "    - host: c100.us-south.containers.cloud.ibm.com",
            "      port: 30245",
            "      check: tls",
            "      insecure: true",
            "",
            "JSON output: {\"schema\": \"" + ProbeReportWriter.JsonSchema + "\", \"summary\": {targets, open, degraded, blocked}, \"results\": [{name, purpose, host, port,",
            "  check, url, insecure, status, failure: {step, reason, message} or null, warnings, proxy, elapsed_ms, dns, tcp, tls, http}]}");

        command.SetAction(async (result, cancellationToken) =>
        {
            try
            {
                return await RunAsync(result, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                context.Error.WriteLine("portcullis: probe interrupted; no report written");
                return Interrupted;
            }
        });
        return command;

        async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
        {
            ImmutableArray<ProbeTarget> fromCluster = [];
            if (result.GetValue(cluster) is { } clusterFile)
            {
                var chosenEra = ClusterCommands.Era(result, era);
                var description = ClusterLoader.ReadDescription(context, clusterFile, chosenEra);
                if (description is null)
                {
                    return ExitCodes.BadInput;
                }

                var (egress, _) = WorkstationEgress.For(description, chosenEra ?? description.Overrides.Era ?? EraNames.For(description.Version), CloudFactsReader.Embedded);
                fromCluster = WorkstationProbes.For(egress);
            }

            var request = new Request(
                fromCluster,
                result.GetValue(targets) ?? [],
                result.GetValue(targetsFile) ?? [],
                result.GetValue(expectStatus),
                result.GetValue(expectJson),
                result.GetValue(expectBody),
                result.GetValue(insecure),
                result.GetValue(caCertificates),
                result.GetValue(proxy));
            var prepared = Prepare(context, request);
            if (prepared is null)
            {
                return ExitCodes.BadInput;
            }

            var (list, proxySettings, roots) = prepared.Value;
            var options = new ProberOptions
            {
                StepTimeout = result.GetValue(timeout) ?? ProberOptions.DefaultStepTimeout,
                OverallTimeout = result.GetValue(overallTimeout) ?? DefaultOverallTimeout,
                MaxConcurrency = result.GetValue(concurrency),
                Proxy = proxySettings,
                TrustedRoots = roots,
            };
            var reportFormat = result.GetValue(format);
            var outputFile = result.GetValue(output);
            var showDetail = result.GetValue(detail);
            var prober = new Prober(options);
            ImmutableArray<ProbeResult> results;
            if (reportFormat == ReportFormat.Txt && outputFile is null && TryTerminal(context) is { } terminal)
            {
                results = await new ProbeLiveDisplay(list).RunAsync(terminal, progress => prober.ProbeAllAsync(list, progress, cancellationToken)).ConfigureAwait(false);
                var details = new StringWriter();
                ProbeReportWriter.WriteDetails(results, showDetail, details);
                terminal.Write(new Text(details.ToString()));
            }
            else
            {
                results = await prober.ProbeAllAsync(list, progress: null, cancellationToken).ConfigureAwait(false);
                var inputs = request.TargetFiles.Concat(request.CaCertificates is null ? [] : [request.CaCertificates]);
                var written = OutputTarget.Write(context, outputFile, inputs, writer => ProbeReportWriter.Write(results, reportFormat, showDetail, writer));
                if (written != ExitCodes.Success)
                {
                    return written;
                }
            }

            return ExitCode(context, results, result.GetValue(strict));
        }
    }

    /// <summary>What the user asked, before it is checked.</summary>
    private sealed record Request(
        ImmutableArray<ProbeTarget> FromCluster,
        string[] Targets,
        FileInfo[] TargetFiles,
        string? ExpectStatus,
        string? ExpectJson,
        string? ExpectBody,
        bool Insecure,
        FileInfo? CaCertificates,
        string? Proxy);

    /// <summary>The targets, proxy and trust to probe with; <see langword="null"/> (after saying why) on bad input.</summary>
    private static (ImmutableArray<ProbeTarget> Targets, ProxySettings Proxy, X509Certificate2Collection? Roots)? Prepare(CommandContext context, Request request)
    {
        if (request.Targets.Length == 0 && request.TargetFiles.Length == 0 && request.FromCluster.IsEmpty)
        {
            context.UsageError("nothing to probe: give --target (a URL or host:port), --targets FILE or --cluster FILE", HelpHint);
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var list = new List<ProbeTarget>(request.FromCluster);
        foreach (var file in request.TargetFiles)
        {
            if (ProbeTargetsReader.TryReadFile(file.ToString(), diagnostics, out var fromFile))
            {
                list.AddRange(fromFile);
            }
        }

        if (context.Report(diagnostics.ToImmutable()))
        {
            return null;
        }

        var fromCommandLine = new List<ProbeTarget>();
        foreach (var spec in request.Targets)
        {
            if (!ProbeTarget.TryParse(spec, out var target, out var error))
            {
                context.UsageError($"--target {error}", HelpHint);
                return null;
            }

            fromCommandLine.Add(target);
        }

        if (!TryApplyExpectations(context, request, fromCommandLine))
        {
            return null;
        }

        list.AddRange(fromCommandLine);
        if (request.Insecure)
        {
            list = [.. list.Select(t => t with { AllowUntrustedCertificate = true })];
        }

        ProxySettings? proxy;
        string? proxyError;
        if (request.Proxy is null)
        {
            if (!ProxySettings.TryFromEnvironment(Environment.GetEnvironmentVariable, out proxy, out proxyError))
            {
                context.UsageError($"the proxy environment is not usable: {proxyError}", "Fix the variable, or override it with --proxy URL or --proxy none.");
                return null;
            }
        }
        else
        {
            var given = request.Proxy.Equals("none", StringComparison.OrdinalIgnoreCase) ? null : request.Proxy;
            var noProxy = Environment.GetEnvironmentVariable("no_proxy") is { Length: > 0 } lower ? lower : Environment.GetEnvironmentVariable("NO_PROXY");
            if (!ProxySettings.TryCreate(given, given, noProxy, out proxy, out proxyError))
            {
                context.UsageError($"--proxy {proxyError}", HelpHint);
                return null;
            }
        }

        X509Certificate2Collection? roots = null;
        if (request.CaCertificates is { } pem)
        {
            roots = [];
            try
            {
                roots.ImportFromPemFile(pem.FullName);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
            {
                var reason = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message;
                context.UsageError($"cannot read --cacert {pem}: {reason}");
                return null;
            }

            if (roots.Count == 0)
            {
                context.UsageError($"--cacert {pem} holds no PEM certificate (-----BEGIN CERTIFICATE-----)");
                return null;
            }
        }

        return ([.. list], proxy, roots);
    }

    /// <summary>Applies --expect-status, --expect-json and --expect-body to the HTTP targets of the command line.</summary>
    private static bool TryApplyExpectations(CommandContext context, Request request, List<ProbeTarget> targets)
    {
        if (request.ExpectStatus is null && request.ExpectJson is null && request.ExpectBody is null)
        {
            return true;
        }

        if (!targets.Any(t => t.Depth == ProbeStep.Http))
        {
            context.UsageError("--expect-status, --expect-json and --expect-body apply to --target URLs (http:// or https://), and there is none; in a targets file use expect:", HelpHint);
            return false;
        }

        if (request.ExpectJson is not null && request.ExpectBody is not null)
        {
            context.UsageError("give --expect-json or --expect-body, not both", HelpHint);
            return false;
        }

        var statuses = default(Core.Sets.IntervalSet<int>);
        if (request.ExpectStatus is not null && !HttpCheck.TryParseStatuses(request.ExpectStatus, out statuses, out var statusError))
        {
            context.UsageError($"--expect-status {statusError}", HelpHint);
            return false;
        }

        BodyExpectation? body = null;
        if (request.ExpectJson is { } json)
        {
            if (json.Length == 0 || json.Split('.').Any(string.IsNullOrWhiteSpace))
            {
                context.UsageError($"--expect-json '{json}' is not a property path such as gitVersion or a.b", HelpHint);
                return false;
            }

            body = BodyExpectation.JsonProperty(json);
        }
        else if (request.ExpectBody is { } text)
        {
            if (text.Length == 0)
            {
                context.UsageError("--expect-body is empty", HelpHint);
                return false;
            }

            body = BodyExpectation.Contains(text);
        }

        for (var i = 0; i < targets.Count; i++)
        {
            if (targets[i].Http is { } check)
            {
                var updated = statuses.IsEmpty ? check : check.WithStatuses(statuses);
                targets[i] = targets[i].WithHttp(body is null ? updated : updated.WithBody(body));
            }
        }

        return true;
    }

    private static int ExitCode(CommandContext context, ImmutableArray<ProbeResult> results, bool strict)
    {
        var blocked = results.Count(r => r.Status == ProbeStatus.Blocked);
        var degraded = results.Count(r => r.Status == ProbeStatus.Degraded);
        if (degraded > 0)
        {
            var what = degraded == 1 ? "1 target is degraded" : $"{degraded} targets are degraded";
            context.Error.WriteLine($"portcullis: warning: {what}: reachable, but see the warnings{(strict ? string.Empty : " (--strict makes this exit 1)")}");
        }

        return blocked > 0 || (strict && degraded > 0) ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>A console for the live display when standard output is an interactive terminal; otherwise <see langword="null"/>.</summary>
    private static IAnsiConsole? TryTerminal(CommandContext context)
    {
        // In-process runs (tests) write to their own writers: only the real standard output can be a terminal.
        if (!ReferenceEquals(context.Output, Console.Out) || Console.IsOutputRedirected)
        {
            return null;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        return console.Profile.Capabilities.Interactive ? console : null;
    }

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
