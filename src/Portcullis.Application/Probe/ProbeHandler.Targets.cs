using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Portcullis.Application.Hosting;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Sets;
using Portcullis.Probing;
using Portcullis.Probing.Formats;

namespace Portcullis.Application.Probe;

/// <summary>What to probe, through which proxy, trusting which authorities: read and checked before any connection.</summary>
public sealed partial class ProbeHandler
{
    /// <summary>The targets, proxy and trust to probe with; <see langword="null"/> (after saying why) on bad input.</summary>
    private static (ImmutableArray<ProbeTarget> Targets, ProxySettings Proxy, X509Certificate2Collection? Roots)? Prepare(
        CommandEnvironment environment, ProbeOptions options, ImmutableArray<ProbeTarget> fromCluster)
    {
        if (options.Targets.IsEmpty && options.TargetFiles.IsEmpty && fromCluster.IsEmpty)
        {
            environment.UsageError("nothing to probe: give --target (a URL or host:port), --targets FILE or --cluster FILE", HelpHint);
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var list = new List<ProbeTarget>(fromCluster);
        foreach (var file in options.TargetFiles)
        {
            if (ProbeTargetsReader.TryReadFile(file, diagnostics, out var fromFile))
            {
                list.AddRange(fromFile);
            }
        }

        if (environment.Report(diagnostics.ToImmutable()))
        {
            return null;
        }

        var fromCommandLine = new List<ProbeTarget>();
        foreach (var spec in options.Targets)
        {
            if (!ProbeTarget.TryParse(spec, out var target, out var error))
            {
                environment.UsageError($"--target {error}", HelpHint);
                return null;
            }

            fromCommandLine.Add(target);
        }

        if (!TryApplyExpectations(environment, options, fromCommandLine))
        {
            return null;
        }

        list.AddRange(fromCommandLine);
        if (options.Insecure)
        {
            list = [.. list.Select(t => t with { AllowUntrustedCertificate = true })];
        }

        if (!TryProxy(environment, options, out var proxy) || !TryTrust(environment, options, out var roots))
        {
            return null;
        }

        return ([.. list], proxy, roots);
    }

    /// <summary>The proxy <c>--proxy</c> names (or <c>none</c>), else the environment's; NO_PROXY applies either way.</summary>
    private static bool TryProxy(CommandEnvironment environment, ProbeOptions options, out ProxySettings proxy)
    {
        proxy = ProxySettings.None;
        if (options.Proxy is null)
        {
            if (!ProxySettings.TryFromEnvironment(environment.Variables, out var fromEnvironment, out var environmentError))
            {
                environment.UsageError($"the proxy environment is not usable: {environmentError}", "Fix the variable, or override it with --proxy URL or --proxy none.");
                return false;
            }

            proxy = fromEnvironment;
            return true;
        }

        var given = options.Proxy.Equals("none", StringComparison.OrdinalIgnoreCase) ? null : options.Proxy;
        if (!ProxySettings.TryWithProxy(given, environment.Variables, out var settings, out var error))
        {
            environment.UsageError($"--proxy {error}", HelpHint);
            return false;
        }

        proxy = settings;
        return true;
    }

    /// <summary>The authorities <c>--cacert</c> names, or <see langword="null"/> for the system's.</summary>
    private static bool TryTrust(CommandEnvironment environment, ProbeOptions options, out X509Certificate2Collection? roots)
    {
        roots = null;
        if (options.CaCertificates is not { } pem)
        {
            return true;
        }

        roots = [];
        try
        {
            roots.ImportFromPemFile(Path.GetFullPath(pem));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            var reason = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message;
            environment.UsageError($"cannot read --cacert {pem}: {reason}");
            return false;
        }

        if (roots.Count == 0)
        {
            environment.UsageError($"--cacert {pem} holds no PEM certificate (-----BEGIN CERTIFICATE-----)");
            return false;
        }

        return true;
    }

    /// <summary>Applies the expected status, JSON property and body to the HTTP targets of the command line.</summary>
    private static bool TryApplyExpectations(CommandEnvironment environment, ProbeOptions options, List<ProbeTarget> targets)
    {
        if (options.ExpectStatus is null && options.ExpectJson is null && options.ExpectBody is null)
        {
            return true;
        }

        if (!targets.Any(t => t.Depth == ProbeStep.Http))
        {
            environment.UsageError("--expect-status, --expect-json and --expect-body apply to --target URLs (http:// or https://), and there is none; in a targets file use expect:", HelpHint);
            return false;
        }

        if (options.ExpectJson is not null && options.ExpectBody is not null)
        {
            environment.UsageError("give --expect-json or --expect-body, not both", HelpHint);
            return false;
        }

        var statuses = default(IntervalSet<int>);
        if (options.ExpectStatus is not null && !HttpCheck.TryParseStatuses(options.ExpectStatus, out statuses, out var statusError))
        {
            environment.UsageError($"--expect-status {statusError}", HelpHint);
            return false;
        }

        BodyExpectation? body = null;
        if (options.ExpectJson is { } json)
        {
            if (json.Length == 0 || json.Split('.').Any(string.IsNullOrWhiteSpace))
            {
                environment.UsageError($"--expect-json '{json}' is not a property path such as gitVersion or a.b", HelpHint);
                return false;
            }

            body = BodyExpectation.JsonProperty(json);
        }
        else if (options.ExpectBody is { } text)
        {
            if (text.Length == 0)
            {
                environment.UsageError("--expect-body is empty", HelpHint);
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
}
