using System.Collections.Immutable;
using System.Globalization;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Sets;
using Portcullis.Formats;
using Portcullis.Formats.Yaml;
using YamlDotNet.RepresentationModel;

namespace Portcullis.Probing.Formats;

/// <summary>
/// Reads a targets file for <c>portcullis probe --targets</c>: YAML, or JSON (which the same parser reads), with a
/// list of targets at <c>targets</c> (or at the top). Every problem is reported with its line, column and path.
/// </summary>
/// <remarks>
/// <para>Format (version 1):</para>
/// <code>
/// targets:
///   - name: IBM Cloud API              # optional; default: the URL or host:port
///     purpose: ibmcloud login          # optional: what the opening is for
///     url: https://cloud.ibm.com/      # an HTTP or HTTPS target ...
///     method: GET                      # optional (GET)
///     expect:                          # optional
///       status: [200, 204]             # a code, a list, or text such as "200,204", "200-299", "2xx" (default 200-399)
///       json: gitVersion               # the body is JSON with this (dotted) property; or
///       body: containers API           # the body contains this text
///     insecure: false                  # accept an untrusted certificate (reported as degraded)
///   - host: c100.us-south.containers.cloud.ibm.com   # ... or a host and port
///     port: 30245
///     check: tls                       # dns, tcp (default) or tls
///   - https://us.icr.io/api/v1/messages              # ... or a target as --target takes it
/// </code>
/// </remarks>
public static class ProbeTargetsReader
{
    private static readonly string[] TargetKeys = ["name", "purpose", "url", "host", "port", "check", "method", "expect", "insecure"];
    private static readonly string[] ExpectKeys = ["status", "body", "json"];

    /// <summary>Reads a targets file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="diagnostics">Receives every problem, with its location.</param>
    /// <param name="targets">The targets, when there are no errors.</param>
    /// <returns>Whether the file was read without errors.</returns>
    public static bool TryReadFile(string path, DiagnosticBag diagnostics, out ImmutableArray<ProbeTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        targets = [];
        return InputFile.TryOpen(path, InputFile.ReadAllText, diagnostics, ProbeDiagnostics.TargetsFileUnreadable, "targets file", out var text)
            && TryRead(text, path, diagnostics, out targets);
    }

    /// <summary>Reads targets from YAML or JSON text.</summary>
    /// <param name="text">The document.</param>
    /// <param name="file">The name to report locations with.</param>
    /// <param name="diagnostics">Receives every problem, with its location.</param>
    /// <param name="targets">The targets, when there are no errors.</param>
    /// <returns>Whether the document was read without errors.</returns>
    public static bool TryRead(string text, string file, DiagnosticBag diagnostics, out ImmutableArray<ProbeTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(diagnostics);
        targets = [];
        if (!YamlInput.TryLoad(text, out var stream, out var error))
        {
            diagnostics.Report(error.IsLimit ? FormatDiagnostics.InputLimitExceeded : ProbeDiagnostics.MalformedTargetsFile, new SourceLocation(file, null, error.Line, error.Column), error.Message);
            return false;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            diagnostics.Report(ProbeDiagnostics.NoTargets, new SourceLocation(file), "the targets file is empty; expected a list of targets under 'targets:'");
            return false;
        }

        var errorsBefore = diagnostics.ToImmutable().Count(d => d.Severity == Severity.Error);
        var reader = new Reader(file, diagnostics);
        var root = stream.Documents[0].RootNode;
        YamlSequenceNode? list = null;
        var listPath = "$";
        if (root is YamlMappingNode top)
        {
            foreach (var (key, _) in top.Children)
            {
                if (key is YamlScalarNode { Value: not ("targets" or "version") })
                {
                    reader.Report(key, "$", ProbeDiagnostics.UnknownTargetsKey, ((YamlScalarNode)key).Value, "a targets file has 'targets:' (and optionally 'version: 1')");
                }
            }

            if (top.Children.TryGetValue(new YamlScalarNode("version"), out var version) && (version is not YamlScalarNode { Value: "1" }))
            {
                reader.Report(version, "$.version", ProbeDiagnostics.InvalidTargetValue, "only version 1 of the targets format exists");
            }

            listPath = "$.targets";
            if (!top.Children.TryGetValue(new YamlScalarNode("targets"), out var node))
            {
                reader.Report(top, "$", ProbeDiagnostics.MissingTargetsKey, "no 'targets:' list");
            }
            else if (node is YamlSequenceNode sequence)
            {
                list = sequence;
            }
            else
            {
                reader.Report(node, listPath, ProbeDiagnostics.WrongTargetsStructure, "'targets' must be a list");
            }
        }
        else if (root is YamlSequenceNode sequence)
        {
            list = sequence;
        }
        else
        {
            reader.Report(root, "$", ProbeDiagnostics.WrongTargetsStructure, "expected a list of targets, or a mapping with 'targets:'");
        }

        var read = new List<ProbeTarget>();
        for (var i = 0; list is not null && i < list.Children.Count; i++)
        {
            if (reader.Target(list.Children[i], $"{listPath}[{i}]") is { } target)
            {
                read.Add(target);
            }
        }

        if (list is not null && list.Children.Count == 0)
        {
            reader.Report(list, listPath, ProbeDiagnostics.NoTargets, "the list of targets is empty");
        }

        foreach (var duplicate in read.GroupBy(t => t.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            diagnostics.Report(ProbeDiagnostics.DuplicateTargetName, new SourceLocation(file), duplicate.Count(), duplicate.Key);
        }

        if (diagnostics.ToImmutable().Count(d => d.Severity == Severity.Error) > errorsBefore)
        {
            return false;
        }

        targets = [.. read];
        return true;
    }

    private sealed class Reader(string file, DiagnosticBag diagnostics)
    {
        public void Report(YamlNode node, string path, DiagnosticDescriptor descriptor, params object?[] arguments) =>
            diagnostics.Report(descriptor, new SourceLocation(file, path, (int)node.Start.Line, (int)node.Start.Column), arguments);

        public ProbeTarget? Target(YamlNode node, string path)
        {
            if (node is YamlScalarNode { Value: { } spec })
            {
                if (ProbeTarget.TryParse(spec, out var parsed, out var problem))
                {
                    return parsed;
                }

                Report(node, path, ProbeDiagnostics.InvalidTargetValue, problem);
                return null;
            }

            if (node is not YamlMappingNode map)
            {
                Report(node, path, ProbeDiagnostics.WrongTargetsStructure, $"a target is a mapping (url: or host: and port:) or a text such as https://us.icr.io/api/v1/messages");
                return null;
            }

            foreach (var (key, _) in map.Children)
            {
                var name = (key as YamlScalarNode)?.Value ?? string.Empty;
                if (!TargetKeys.Contains(name))
                {
                    Report(key, path, ProbeDiagnostics.UnknownTargetsKey, name, $"a target has {string.Join(", ", TargetKeys)}");
                }
            }

            var url = Text(map, "url", path);
            var host = Text(map, "host", path);
            var check = Text(map, "check", path)?.ToLowerInvariant();
            var insecure = Bool(map, "insecure", path);
            ProbeTarget? target = null;
            if (url is not null)
            {
                target = UrlTarget(map, url, host, check, path);
            }
            else if (host is not null)
            {
                target = HostTarget(map, host, check, path);
            }
            else
            {
                Report(map, path, ProbeDiagnostics.MissingTargetsKey, "a target needs 'url:' (HTTP or HTTPS) or 'host:' (with 'port:' and 'check: tcp|tls', or 'check: dns')");
            }

            if (target is null)
            {
                return null;
            }

            var displayName = Text(map, "name", path);
            if (displayName is not null && string.IsNullOrWhiteSpace(displayName))
            {
                Report(map.Children[new YamlScalarNode("name")], $"{path}.name", ProbeDiagnostics.InvalidTargetValue, "'name' is empty");
                displayName = null;
            }

            return target with
            {
                Name = displayName ?? target.Name,
                Purpose = Text(map, "purpose", path),
                AllowUntrustedCertificate = insecure ?? false,
            };
        }

        private ProbeTarget? UrlTarget(YamlMappingNode map, string url, string? host, string? check, string path)
        {
            var valueNode = map.Children[new YamlScalarNode("url")];
            if (host is not null || map.Children.ContainsKey(new YamlScalarNode("port")))
            {
                Report(valueNode, $"{path}.url", ProbeDiagnostics.InvalidTargetValue, "give 'url:' or 'host:' and 'port:', not both");
                return null;
            }

            if (check is not null and not "http")
            {
                Report(map.Children[new YamlScalarNode("check")], $"{path}.check", ProbeDiagnostics.InvalidTargetValue, $"a url target is checked with HTTP; for check: {check} write host: and port:");
                return null;
            }

            if (!url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                Report(valueNode, $"{path}.url", ProbeDiagnostics.InvalidTargetValue, $"'{url}' is not an http:// or https:// URL");
                return null;
            }

            if (!ProbeTarget.TryParse(url, out var target, out var problem))
            {
                Report(valueNode, $"{path}.url", ProbeDiagnostics.InvalidTargetValue, problem);
                return null;
            }

            var http = target.Http!;
            var failed = false;
            if (Text(map, "method", path) is { } method)
            {
                if (method.Length > 0 && method.All(c => char.IsAsciiLetterUpper(c) || c == '-'))
                {
                    http = http.WithMethod(method);
                }
                else
                {
                    Report(map.Children[new YamlScalarNode("method")], $"{path}.method", ProbeDiagnostics.InvalidTargetValue, $"'{method}' is not an HTTP method (upper-case, such as GET or HEAD)");
                    failed = true;
                }
            }

            if (map.Children.TryGetValue(new YamlScalarNode("expect"), out var expectNode))
            {
                if (Expect(expectNode, http, $"{path}.expect") is { } expected)
                {
                    http = expected;
                }
                else
                {
                    failed = true;
                }
            }

            return failed ? null : target.WithHttp(http);
        }

        private HttpCheck? Expect(YamlNode node, HttpCheck http, string path)
        {
            if (node is not YamlMappingNode expect)
            {
                Report(node, path, ProbeDiagnostics.WrongTargetsStructure, "'expect' is a mapping with status:, json: or body:");
                return null;
            }

            foreach (var (key, _) in expect.Children)
            {
                var name = (key as YamlScalarNode)?.Value ?? string.Empty;
                if (!ExpectKeys.Contains(name))
                {
                    Report(key, path, ProbeDiagnostics.UnknownTargetsKey, name, "expect has status, json and body");
                    return null;
                }
            }

            if (expect.Children.TryGetValue(new YamlScalarNode("status"), out var statusNode))
            {
                if (Statuses(statusNode, $"{path}.status") is not { } statuses)
                {
                    return null;
                }

                http = http.WithStatuses(statuses);
            }

            var json = Text(expect, "json", path);
            var body = Text(expect, "body", path);
            if (json is not null && body is not null)
            {
                Report(expect, path, ProbeDiagnostics.InvalidTargetValue, "give 'json:' or 'body:', not both");
                return null;
            }

            if (json is not null)
            {
                if (json.Length == 0 || json.Split('.').Any(string.IsNullOrWhiteSpace))
                {
                    Report(expect.Children[new YamlScalarNode("json")], $"{path}.json", ProbeDiagnostics.InvalidTargetValue, $"'{json}' is not a property path such as gitVersion or a.b");
                    return null;
                }

                http = http.WithBody(BodyExpectation.JsonProperty(json));
            }
            else if (body is not null)
            {
                if (body.Length == 0)
                {
                    Report(expect.Children[new YamlScalarNode("body")], $"{path}.body", ProbeDiagnostics.InvalidTargetValue, "'body' is empty");
                    return null;
                }

                http = http.WithBody(BodyExpectation.Contains(body));
            }

            return http;
        }

        private IntervalSet<int>? Statuses(YamlNode node, string path)
        {
            string? text = node switch
            {
                YamlScalarNode scalar => scalar.Value,
                YamlSequenceNode sequence when sequence.Children.All(c => c is YamlScalarNode) => string.Join(',', sequence.Children.Select(c => ((YamlScalarNode)c).Value)),
                _ => null,
            };
            if (HttpCheck.TryParseStatuses(text, out var statuses, out var problem))
            {
                return statuses;
            }

            Report(node, path, ProbeDiagnostics.InvalidTargetValue, text is null ? "'status' is a code, a list of codes, or text such as \"200,204\" or \"2xx\"" : problem);
            return null;
        }

        private ProbeTarget? HostTarget(YamlMappingNode map, string host, string? check, string path)
        {
            var hostNode = map.Children[new YamlScalarNode("host")];
            var bare = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
            if (!ProbeTarget.IsValidHost(bare))
            {
                Report(hostNode, $"{path}.host", ProbeDiagnostics.InvalidTargetValue, $"'{host}' is not a host name or IP address");
                return null;
            }

            if (map.Children.ContainsKey(new YamlScalarNode("expect")) || map.Children.ContainsKey(new YamlScalarNode("method")))
            {
                Report(map, path, ProbeDiagnostics.InvalidTargetValue, "'expect' and 'method' go with an HTTP target: write url: instead of host: and port:");
                return null;
            }

            var portText = Text(map, "port", path);
            int? port = null;
            if (portText is not null)
            {
                if (int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 65535)
                {
                    port = value;
                }
                else
                {
                    Report(map.Children[new YamlScalarNode("port")], $"{path}.port", ProbeDiagnostics.InvalidTargetValue, $"'{portText}' is not a port (1-65535)");
                    return null;
                }
            }

            switch (check ?? "tcp")
            {
                case "dns":
                    if (port is not null)
                    {
                        Report(map.Children[new YamlScalarNode("port")], $"{path}.port", ProbeDiagnostics.InvalidTargetValue, "check: dns resolves the name only; it takes no port");
                        return null;
                    }

                    return ProbeTarget.ForDns(bare);
                case "tcp" or "tls":
                    if (port is null)
                    {
                        Report(map, path, ProbeDiagnostics.MissingTargetsKey, $"check: {check ?? "tcp"} needs 'port:'");
                        return null;
                    }

                    return check == "tls" ? ProbeTarget.ForTls(bare, port.Value) : ProbeTarget.ForTcp(bare, port.Value);
                case "http":
                    Report(map.Children[new YamlScalarNode("check")], $"{path}.check", ProbeDiagnostics.InvalidTargetValue, "for an HTTP check write url: (http://host:port/path) instead of host: and port:");
                    return null;
                default:
                    Report(map.Children[new YamlScalarNode("check")], $"{path}.check", ProbeDiagnostics.InvalidTargetValue, $"unknown check '{check}'; use dns, tcp or tls (or url: for HTTP)");
                    return null;
            }
        }

        private string? Text(YamlMappingNode map, string key, string path)
        {
            if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
            {
                return null;
            }

            if (node is YamlScalarNode scalar)
            {
                return scalar.Value?.Trim();
            }

            Report(node, $"{path}.{key}", ProbeDiagnostics.InvalidTargetValue, $"'{key}' must be a single value, not a list or mapping");
            return null;
        }

        private bool? Bool(YamlMappingNode map, string key, string path)
        {
            var text = Text(map, key, path);
            return text?.ToLowerInvariant() switch
            {
                null => null,
                "true" => true,
                "false" => false,
                _ => ErrorAndNull(key, text, map, path),
            };
        }

        private bool? ErrorAndNull(string key, string text, YamlMappingNode map, string path)
        {
            Report(map.Children[new YamlScalarNode(key)], $"{path}.{key}", ProbeDiagnostics.InvalidTargetValue, $"'{key}' must be true or false, not '{text}'");
            return null;
        }
    }
}
