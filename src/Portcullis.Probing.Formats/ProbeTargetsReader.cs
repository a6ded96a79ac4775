using System.Collections.Immutable;
using System.Globalization;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Sets;
using Portcullis.Formats;
using YamlDotNet.Core;
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
        return InputFile.TryOpen(path, File.ReadAllText, diagnostics, "PC7001", "targets file", out var text)
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
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            diagnostics.Error("PC7001", $"malformed YAML or JSON: {e.Message}", new SourceLocation(file, null, (int)e.Start.Line, (int)e.Start.Column));
            return false;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            diagnostics.Error("PC7006", "the targets file is empty; expected a list of targets under 'targets:'", new SourceLocation(file));
            return false;
        }

        var errorsBefore = diagnostics.ToImmutable().Count(d => d.Severity == DiagnosticSeverity.Error);
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
                    reader.Error("PC7003", $"unknown key '{((YamlScalarNode)key).Value}'; a targets file has 'targets:' (and optionally 'version: 1')", key, "$");
                }
            }

            if (top.Children.TryGetValue(new YamlScalarNode("version"), out var version) && (version is not YamlScalarNode { Value: "1" }))
            {
                reader.Error("PC7004", "only version 1 of the targets format exists", version, "$.version");
            }

            listPath = "$.targets";
            if (!top.Children.TryGetValue(new YamlScalarNode("targets"), out var node))
            {
                reader.Error("PC7005", "no 'targets:' list", top, "$");
            }
            else if (node is YamlSequenceNode sequence)
            {
                list = sequence;
            }
            else
            {
                reader.Error("PC7002", "'targets' must be a list", node, listPath);
            }
        }
        else if (root is YamlSequenceNode sequence)
        {
            list = sequence;
        }
        else
        {
            reader.Error("PC7002", "expected a list of targets, or a mapping with 'targets:'", root, "$");
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
            reader.Error("PC7006", "the list of targets is empty", list, listPath);
        }

        foreach (var duplicate in read.GroupBy(t => t.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            diagnostics.Warning("PC7007", $"{duplicate.Count()} targets are named '{duplicate.Key}'; the report will not tell them apart", new SourceLocation(file));
        }

        if (diagnostics.ToImmutable().Count(d => d.Severity == DiagnosticSeverity.Error) > errorsBefore)
        {
            return false;
        }

        targets = [.. read];
        return true;
    }

    private sealed class Reader(string file, DiagnosticBag diagnostics)
    {
        public void Error(string code, string message, YamlNode node, string path) =>
            diagnostics.Error(code, message, new SourceLocation(file, path, (int)node.Start.Line, (int)node.Start.Column));

        public ProbeTarget? Target(YamlNode node, string path)
        {
            if (node is YamlScalarNode { Value: { } spec })
            {
                if (ProbeTarget.TryParse(spec, out var parsed, out var problem))
                {
                    return parsed;
                }

                Error("PC7004", problem, node, path);
                return null;
            }

            if (node is not YamlMappingNode map)
            {
                Error("PC7002", $"a target is a mapping (url: or host: and port:) or a text such as https://us.icr.io/api/v1/messages", node, path);
                return null;
            }

            foreach (var (key, _) in map.Children)
            {
                var name = (key as YamlScalarNode)?.Value ?? string.Empty;
                if (!TargetKeys.Contains(name))
                {
                    Error("PC7003", $"unknown key '{name}'; a target has {string.Join(", ", TargetKeys)}", key, path);
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
                Error("PC7005", "a target needs 'url:' (HTTP or HTTPS) or 'host:' (with 'port:' and 'check: tcp|tls', or 'check: dns')", map, path);
            }

            if (target is null)
            {
                return null;
            }

            var displayName = Text(map, "name", path);
            if (displayName is not null && string.IsNullOrWhiteSpace(displayName))
            {
                Error("PC7004", "'name' is empty", map.Children[new YamlScalarNode("name")], $"{path}.name");
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
                Error("PC7004", "give 'url:' or 'host:' and 'port:', not both", valueNode, $"{path}.url");
                return null;
            }

            if (check is not null and not "http")
            {
                Error("PC7004", $"a url target is checked with HTTP; for check: {check} write host: and port:", map.Children[new YamlScalarNode("check")], $"{path}.check");
                return null;
            }

            if (!url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                Error("PC7004", $"'{url}' is not an http:// or https:// URL", valueNode, $"{path}.url");
                return null;
            }

            if (!ProbeTarget.TryParse(url, out var target, out var problem))
            {
                Error("PC7004", problem, valueNode, $"{path}.url");
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
                    Error("PC7004", $"'{method}' is not an HTTP method (upper-case, such as GET or HEAD)", map.Children[new YamlScalarNode("method")], $"{path}.method");
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
                Error("PC7002", "'expect' is a mapping with status:, json: or body:", node, path);
                return null;
            }

            foreach (var (key, _) in expect.Children)
            {
                var name = (key as YamlScalarNode)?.Value ?? string.Empty;
                if (!ExpectKeys.Contains(name))
                {
                    Error("PC7003", $"unknown key '{name}'; expect has status, json and body", key, path);
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
                Error("PC7004", "give 'json:' or 'body:', not both", expect, path);
                return null;
            }

            if (json is not null)
            {
                if (json.Length == 0 || json.Split('.').Any(string.IsNullOrWhiteSpace))
                {
                    Error("PC7004", $"'{json}' is not a property path such as gitVersion or a.b", expect.Children[new YamlScalarNode("json")], $"{path}.json");
                    return null;
                }

                http = http.WithBody(BodyExpectation.JsonProperty(json));
            }
            else if (body is not null)
            {
                if (body.Length == 0)
                {
                    Error("PC7004", "'body' is empty", expect.Children[new YamlScalarNode("body")], $"{path}.body");
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

            Error("PC7004", text is null ? "'status' is a code, a list of codes, or text such as \"200,204\" or \"2xx\"" : problem, node, path);
            return null;
        }

        private ProbeTarget? HostTarget(YamlMappingNode map, string host, string? check, string path)
        {
            var hostNode = map.Children[new YamlScalarNode("host")];
            var bare = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
            if (!ProbeTarget.IsValidHost(bare))
            {
                Error("PC7004", $"'{host}' is not a host name or IP address", hostNode, $"{path}.host");
                return null;
            }

            if (map.Children.ContainsKey(new YamlScalarNode("expect")) || map.Children.ContainsKey(new YamlScalarNode("method")))
            {
                Error("PC7004", "'expect' and 'method' go with an HTTP target: write url: instead of host: and port:", map, path);
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
                    Error("PC7004", $"'{portText}' is not a port (1-65535)", map.Children[new YamlScalarNode("port")], $"{path}.port");
                    return null;
                }
            }

            switch (check ?? "tcp")
            {
                case "dns":
                    if (port is not null)
                    {
                        Error("PC7004", "check: dns resolves the name only; it takes no port", map.Children[new YamlScalarNode("port")], $"{path}.port");
                        return null;
                    }

                    return ProbeTarget.ForDns(bare);
                case "tcp" or "tls":
                    if (port is null)
                    {
                        Error("PC7005", $"check: {check ?? "tcp"} needs 'port:'", map, path);
                        return null;
                    }

                    return check == "tls" ? ProbeTarget.ForTls(bare, port.Value) : ProbeTarget.ForTcp(bare, port.Value);
                case "http":
                    Error("PC7004", "for an HTTP check write url: (http://host:port/path) instead of host: and port:", map.Children[new YamlScalarNode("check")], $"{path}.check");
                    return null;
                default:
                    Error("PC7004", $"unknown check '{check}'; use dns, tcp or tls (or url: for HTTP)", map.Children[new YamlScalarNode("check")], $"{path}.check");
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

            Error("PC7004", $"'{key}' must be a single value, not a list or mapping", node, $"{path}.{key}");
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
            Error("PC7004", $"'{key}' must be true or false, not '{text}'", map.Children[new YamlScalarNode(key)], $"{path}.{key}");
            return null;
        }
    }
}
