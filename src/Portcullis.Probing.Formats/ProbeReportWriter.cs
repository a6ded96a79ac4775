using System.Globalization;
using System.Text;
using System.Text.Json;
using Portcullis.Formats.Json;
using Portcullis.Formats.Reports;
namespace Portcullis.Probing.Formats;

/// <summary>
/// Writes probe results: a text table (one line per target, then the steps of every target that is not open), or
/// JSON for scripts.
/// </summary>
/// <remarks>
/// <para>The JSON document (schema <c>portcullis-probe/1</c>; fields are only ever added):</para>
/// <code>
/// { "schema": "portcullis-probe/1",
///   "summary": { "targets": 3, "open": 1, "degraded": 1, "blocked": 1 },
///   "results": [ {
///     "name", "purpose" (or null), "host", "port" (0 for dns), "check": "dns|tcp|tls|http", "url" (or null), "insecure",
///     "status": "open|degraded|blocked",
///     "failure": null or { "step", "reason", "message" },       reason: name_not_found, no_address, dns_failure, timeout,
///     "warnings": [ { "step", "reason", "message" } ],            refused, reset, closed, unreachable, proxy_refused,
///     "proxy": the proxy URL (password hidden) or null,           proxy_failure, tls_failure, untrusted_certificate,
///     "elapsed_ms",                                               unexpected_status, unexpected_body, protocol_error
///     "dns":  null or { "name", "addresses", "address_literal", "proxy_name", "elapsed_ms" },
///     "tcp":  null or { "remote", "failed_attempts", "proxy", "proxy_answer", "elapsed_ms" },
///     "tls":  null or { "protocol", "cipher_suite", "alpn", "trusted", "trust_problem",
///                       "certificate": null or { "subject", "issuer", "not_before", "not_after", "sha256", "alternative_names" },
///                       "elapsed_ms" },
///     "http": null or { "request", "status_code", "reason_phrase", "version", "content_type", "body_bytes_read",
///                       "status_check", "body_check", "elapsed_ms" } } ] }
/// </code>
/// <para>A step's object is null when the step did not run or did not complete; the failure says which step stopped.</para>
/// </remarks>
public static partial class ProbeReportWriter
{
    /// <summary>The value of the JSON <c>schema</c> field.</summary>
    public const string JsonSchema = "portcullis-probe/1";

    /// <summary>Writes the results in text or JSON.</summary>
    /// <param name="results">The results, in the order to show.</param>
    /// <param name="format"><see cref="ReportFormat.Txt"/> or <see cref="ReportFormat.Json"/>.</param>
    /// <param name="detail">In text, show the steps of every target, not only of those that are not open.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(IReadOnlyList<ProbeResult> results, ReportFormat format, bool detail, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case ReportFormat.Txt:
                WriteText(results, detail, output);
                break;
            case ReportFormat.Json:
                WriteJson(results, output);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Probe results are written as txt or json.");
        }
    }

    /// <summary>The one-line summary: <c>3 targets: 1 open, 1 degraded, 1 blocked</c>.</summary>
    public static string Summary(IReadOnlyCollection<ProbeResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var open = results.Count(r => r.Status == ProbeStatus.Open);
        var degraded = results.Count(r => r.Status == ProbeStatus.Degraded);
        var blocked = results.Count(r => r.Status == ProbeStatus.Blocked);
        return $"{results.Count} target{(results.Count == 1 ? string.Empty : "s")}: {open} open, {degraded} degraded, {blocked} blocked";
    }

    /// <summary>The status as the report writes it: <c>open</c>, <c>degraded</c>, <c>blocked</c>.</summary>
    public static string StatusText(ProbeStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>What the table's detail column says about a result: the failure, the warnings, or what the deepest step saw.</summary>
    public static string Detail(ProbeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Failure is { } failure)
        {
            return failure.Message;
        }

        if (!result.Warnings.IsDefaultOrEmpty)
        {
            return string.Join("; ", result.Warnings.Select(w => w.Message));
        }

        var via = result.Proxy is null ? string.Empty : $", via proxy {result.Proxy}";
        return result.Target.Depth switch
        {
            ProbeStep.Http when result.Http is { } http => $"{http.StatusCode} {http.ReasonPhrase}{(http.BodyCheck is null ? string.Empty : "; " + http.BodyCheck)}{via}",
            ProbeStep.Tls when result.Tls is { } tls => $"{tls.Protocol}, certificate {tls.Certificate?.Subject ?? "(none)"} trusted{via}",
            ProbeStep.Tcp when result.Tcp is { ProxyAnswer: { } answer } => $"CONNECT {result.Target.Endpoint} -> {answer}{via}",
            ProbeStep.Tcp when result.Tcp is { } tcp => $"connected to {tcp.RemoteEndPoint}{via}",
            _ when result.Dns is { } dns => string.Join(", ", dns.Addresses),
            _ => string.Empty,
        };
    }

    private static void WriteText(IReadOnlyList<ProbeResult> results, bool detail, TextWriter output)
    {
        string[] header = ["TARGET", "PURPOSE", "STATUS", "STEP", "TIME", "DETAIL"];
        var rows = results.Select(r => new[]
        {
            r.Target.Name,
            r.Target.Purpose ?? "-",
            StatusText(r.Status),
            r.LastStep.ToString().ToLowerInvariant(),
            ProbeDuration.Milliseconds(r.Elapsed),
            Detail(r),
        }).ToList();
        var widths = Enumerable.Range(0, header.Length - 1).Select(i => rows.Select(r => r[i].Length).Append(header[i].Length).Max()).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows.Prepend(header))
        {
            for (var i = 0; i < widths.Length; i++)
            {
                // The time column is right-aligned, the others left-aligned.
                text.Append(i == 4 ? row[i].PadLeft(widths[i]) : row[i].PadRight(widths[i])).Append("  ");
            }

            text.Append(row[^1]).Append('\n');
        }

        output.Write(text.ToString());
        WriteDetails(results, detail, output);
    }

    /// <summary>
    /// Writes what follows the table in text: the steps of each target that is not open (of every target with
    /// <paramref name="detail"/>), then the summary line. The live display of a terminal shows its own table and
    /// then this.
    /// </summary>
    public static void WriteDetails(IReadOnlyList<ProbeResult> results, bool detail, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(output);
        var text = new StringBuilder();
        foreach (var result in results.Where(r => detail || r.Status != ProbeStatus.Open))
        {
            text.Append('\n');
            AppendSteps(result, text);
        }

        text.Append('\n').Append(Summary(results)).Append('\n');
        output.Write(text.ToString());
    }

    private static void AppendSteps(ProbeResult result, StringBuilder text)
    {
        var purpose = result.Target.Purpose is null ? string.Empty : $" ({result.Target.Purpose})";
        text.Append(result.Target.Name).Append(purpose).Append(": ").Append(StatusText(result.Status))
            .Append(" in ").Append(ProbeDuration.Milliseconds(result.Elapsed)).Append('\n');
        var lines = StepLines(result).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var (step, elapsed, line) = lines[i];
            // The failure is the last line; what its step saw before failing (a status, a proxy's answer) is shown
            // above it, neither ok nor failed.
            var state = result.Failure is null || step != result.Failure.Step ? "ok" : i == lines.Count - 1 ? "FAILED" : string.Empty;
            text.Append("  ").Append(step.ToString().ToLowerInvariant().PadRight(6))
                .Append(state.PadRight(7))
                .Append((elapsed is { } time ? ProbeDuration.Milliseconds(time) : "-").PadLeft(8)).Append("  ")
                .Append(line).Append('\n');
        }

        foreach (var warning in result.Warnings)
        {
            text.Append("  warning (").Append(warning.Step.ToString().ToLowerInvariant()).Append("): ").Append(warning.Message).Append('\n');
        }
    }

    private static IEnumerable<(ProbeStep Step, TimeSpan? Elapsed, string Line)> StepLines(ProbeResult result)
    {
        if (result.Dns is { } dns)
        {
            var whose = dns.IsProxyName ? "proxy " : string.Empty;
            yield return (ProbeStep.Dns, dns.Elapsed, dns.IsAddressLiteral
                ? $"{whose}{dns.Name} is an address: nothing to resolve"
                : $"{whose}{dns.Name} -> {string.Join(", ", dns.Addresses)}");
            if (dns.IsProxyName)
            {
                yield return (ProbeStep.Dns, null, $"{result.Target.Host} is resolved by the proxy");
            }
        }

        if (result.Tcp is { } tcp)
        {
            var line = new StringBuilder($"connected to {tcp.RemoteEndPoint}");
            if (tcp.Proxy is not null)
            {
                line.Append($" (the proxy {tcp.Proxy})");
                if (tcp.ProxyAnswer is not null)
                {
                    line.Append($"; CONNECT {result.Target.Endpoint} -> {tcp.ProxyAnswer}");
                }
            }

            if (!tcp.FailedAttempts.IsDefaultOrEmpty)
            {
                line.Append($"; after {string.Join("; ", tcp.FailedAttempts)}");
            }

            yield return (ProbeStep.Tcp, tcp.Elapsed, line.ToString());
        }

        if (result.Tls is { } tls)
        {
            var line = new StringBuilder($"{tls.Protocol}, {tls.CipherSuite}");
            if (tls.ApplicationProtocol is not null)
            {
                line.Append($", ALPN {tls.ApplicationProtocol}");
            }

            if (tls.Certificate is { } certificate)
            {
                line.Append(CultureInfo.InvariantCulture, $"; certificate {certificate.Subject}, issued by {certificate.Issuer}, valid {certificate.NotBefore:yyyy-MM-dd} to {certificate.NotAfter:yyyy-MM-dd}");
            }

            line.Append(tls.Trusted ? "; trusted" : $"; NOT trusted: {tls.TrustProblem}");
            yield return (ProbeStep.Tls, tls.Elapsed, line.ToString());
        }

        if (result.Http is { } http)
        {
            var line = $"{http.Request} -> {http.StatusCode} {http.ReasonPhrase}; {http.StatusCheck}{(http.BodyCheck is null ? string.Empty : "; " + http.BodyCheck)}";
            yield return (ProbeStep.Http, http.Elapsed, line);
        }

        if (result.Failure is { } failure)
        {
            yield return (failure.Step, null, failure.Message);
        }
    }

    private static void WriteJson(IReadOnlyList<ProbeResult> results, TextWriter output)
    {
        JsonText.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("schema", JsonSchema);
            json.WriteStartObject("summary");
            json.WriteNumber("targets", results.Count);
            json.WriteNumber("open", results.Count(r => r.Status == ProbeStatus.Open));
            json.WriteNumber("degraded", results.Count(r => r.Status == ProbeStatus.Degraded));
            json.WriteNumber("blocked", results.Count(r => r.Status == ProbeStatus.Blocked));
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var result in results)
            {
                WriteResult(json, result);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteResult(Utf8JsonWriter json, ProbeResult result)
    {
        var target = result.Target;
        json.WriteStartObject();
        json.WriteString("name", target.Name);
        json.WriteString("purpose", target.Purpose);
        json.WriteString("host", target.Host);
        json.WriteNumber("port", target.Port);
        json.WriteString("check", target.Depth.ToString().ToLowerInvariant());
        json.WriteString("url", target.Url);
        json.WriteBoolean("insecure", target.AllowUntrustedCertificate);
        json.WriteString("status", StatusText(result.Status));
        json.WritePropertyName("failure");
        WriteFinding(json, result.Failure);
        json.WriteStartArray("warnings");
        foreach (var warning in result.Warnings)
        {
            WriteFinding(json, warning);
        }

        json.WriteEndArray();
        json.WriteString("proxy", result.Proxy?.ToString());
        WriteElapsed(json, result.Elapsed);

        json.WritePropertyName("dns");
        if (result.Dns is { } dns)
        {
            json.WriteStartObject();
            json.WriteString("name", dns.Name);
            json.WriteStartArray("addresses");
            foreach (var address in dns.Addresses)
            {
                json.WriteStringValue(address.ToString());
            }

            json.WriteEndArray();
            json.WriteBoolean("address_literal", dns.IsAddressLiteral);
            json.WriteBoolean("proxy_name", dns.IsProxyName);
            WriteElapsed(json, dns.Elapsed);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNullValue();
        }

        json.WritePropertyName("tcp");
        if (result.Tcp is { } tcp)
        {
            json.WriteStartObject();
            json.WriteString("remote", tcp.RemoteEndPoint);
            json.WriteStartArray("failed_attempts");
            foreach (var attempt in tcp.FailedAttempts)
            {
                json.WriteStringValue(attempt);
            }

            json.WriteEndArray();
            json.WriteString("proxy", tcp.Proxy?.ToString());
            json.WriteString("proxy_answer", tcp.ProxyAnswer);
            WriteElapsed(json, tcp.Elapsed);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNullValue();
        }

        json.WritePropertyName("tls");
        if (result.Tls is { } tls)
        {
            json.WriteStartObject();
            json.WriteString("protocol", tls.Protocol);
            json.WriteString("cipher_suite", tls.CipherSuite);
            json.WriteString("alpn", tls.ApplicationProtocol);
            json.WriteBoolean("trusted", tls.Trusted);
            json.WriteString("trust_problem", tls.TrustProblem);
            json.WritePropertyName("certificate");
            if (tls.Certificate is { } certificate)
            {
                json.WriteStartObject();
                json.WriteString("subject", certificate.Subject);
                json.WriteString("issuer", certificate.Issuer);
                json.WriteString("not_before", certificate.NotBefore.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
                json.WriteString("not_after", certificate.NotAfter.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
                json.WriteString("sha256", certificate.Sha256Fingerprint);
                json.WriteStartArray("alternative_names");
                foreach (var name in certificate.AlternativeNames)
                {
                    json.WriteStringValue(name);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }
            else
            {
                json.WriteNullValue();
            }

            WriteElapsed(json, tls.Elapsed);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNullValue();
        }

        json.WritePropertyName("http");
        if (result.Http is { } http)
        {
            json.WriteStartObject();
            json.WriteString("request", http.Request);
            json.WriteNumber("status_code", http.StatusCode);
            json.WriteString("reason_phrase", http.ReasonPhrase);
            json.WriteString("version", http.Version);
            json.WriteString("content_type", http.ContentType);
            json.WriteNumber("body_bytes_read", http.BodyBytesRead);
            json.WriteString("status_check", http.StatusCheck);
            json.WriteString("body_check", http.BodyCheck);
            WriteElapsed(json, http.Elapsed);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNullValue();
        }

        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, ProbeFinding? finding)
    {
        if (finding is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteString("step", finding.Step.ToString().ToLowerInvariant());
        json.WriteString("reason", ReasonText(finding.Reason));
        json.WriteString("message", finding.Message);
        json.WriteEndObject();
    }

    /// <summary>The reason as JSON writes it: <c>name_not_found</c>, <c>untrusted_certificate</c> ...</summary>
    public static string ReasonText(ProbeReason reason) => JsonNamingPolicy.SnakeCaseLower.ConvertName(reason.ToString());

    private static void WriteElapsed(Utf8JsonWriter json, TimeSpan elapsed) =>
        json.WriteNumber("elapsed_ms", Math.Round(elapsed.TotalMilliseconds, 1));
}
