using System.Collections.Immutable;
using Portcullis.Cluster.Requirements;
using Portcullis.Core.Diagnostics;
using Portcullis.Formats;
using Portcullis.Formats.Yaml;
using Portcullis.Storage;

namespace Portcullis.Server.Configuration;

/// <summary>
/// Reads the server's configuration file (YAML): <c>accounts</c>, <c>clusters</c>, <c>webhooks</c>, <c>alerts</c>
/// and <c>limits</c>. Every problem is reported at its line and path, all of them at once; relative paths are read
/// from the file's folder.
/// </summary>
public static class ServerConfigurationReader
{
    /// <summary>Reads <paramref name="file"/>; <see langword="false"/> when it has errors (all reported).</summary>
    /// <param name="file">The configuration file.</param>
    /// <param name="sourceKinds">The kinds of account source this server can read.</param>
    /// <param name="diagnostics">Receives every problem.</param>
    /// <param name="configuration">The configuration, when there are no errors.</param>
    public static bool TryReadFile(string file, IReadOnlyCollection<string> sourceKinds, DiagnosticBag diagnostics, out ServerConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(sourceKinds);
        ArgumentNullException.ThrowIfNull(diagnostics);
        configuration = ServerConfiguration.Empty;
        if (!YamlDocuments.TryLoadFile(file, diagnostics, "a server configuration", out var root))
        {
            return false;
        }

        var local = new DiagnosticBag();
        var cursor = new YamlCursor(root.Node, root.File, root.Path, local);
        var folder = Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".";
        cursor.WarnUnknownKeys("accounts", "clusters", "webhooks", "alerts", "limits");
        var accounts = Named(cursor["accounts"], "account", item => ReadAccount(item, folder, sourceKinds));
        var clusters = Named(cursor["clusters"], "cluster", item => ReadCluster(item, folder, accounts));
        var webhooks = Named(cursor["webhooks"], "webhook", ReadWebhook);
        var alerts = cursor["alerts"];
        alerts.WarnUnknownKeys("lintSeverity");
        var severity = Severity.Error;
        if (alerts["lintSeverity"].Text() is { } severityText)
        {
            if (!Enum.TryParse(severityText.Trim(), ignoreCase: true, out severity) || !Enum.IsDefined(severity) || severityText.Trim().All(char.IsAsciiDigit))
            {
                alerts["lintSeverity"].Report(FormatDiagnostics.InvalidScalar, severityText, "error, warning or note");
                severity = Severity.Error;
            }
        }

        var limits = ReadLimits(cursor["limits"]);
        diagnostics.AddRange(local.ToImmutable());
        if (local.HasErrors)
        {
            return false;
        }

        configuration = new ServerConfiguration
        {
            Accounts = [.. accounts.Select(a => a.Value)],
            Clusters = [.. clusters.Select(c => c.Value)],
            Webhooks = [.. webhooks.Select(w => w.Value)],
            LintAlertSeverity = severity,
            Limits = limits,
        };
        return true;
    }

    private static List<(string Name, T Value)> Named<T>(YamlCursor list, string kind, Func<YamlCursor, (string? Name, T? Value)> read)
        where T : class
    {
        var result = new List<(string, T)>();
        foreach (var item in list.Items())
        {
            var (name, value) = read(item);
            if (name is null || value is null)
            {
                continue;
            }

            if (result.Any(r => r.Item1 == name))
            {
                item["name"].Report(ServerDiagnostics.DuplicateName, kind, name);
                continue;
            }

            result.Add((name, value));
        }

        return result;
    }

    private static (string?, AccountSettings?) ReadAccount(YamlCursor item, string folder, IReadOnlyCollection<string> kinds)
    {
        item.WarnUnknownKeys("name", "every", "source");
        var name = item["name"].Required("the account's name");
        TimeSpan? every = null;
        if (item["every"].Text() is { } everyText)
        {
            if (Durations.TryParse(everyText, out var parsed))
            {
                every = parsed;
            }
            else
            {
                item["every"].Report(ServerDiagnostics.InvalidDuration, everyText);
            }
        }
        else if (name is not null)
        {
            item.Report(ServerDiagnostics.NoSchedule, name);
        }

        var source = ReadSource(item["source"], folder, kinds);
        return name is null || source is null ? (null, null) : (name, new AccountSettings(name, source, every));
    }

    private static SourceSettings? ReadSource(YamlCursor source, string folder, IReadOnlyCollection<string> kinds)
    {
        var kind = source["kind"].Required("the source's kind (file, url or collect)");
        if (kind is null)
        {
            return null;
        }

        if (!kinds.Contains(kind))
        {
            source["kind"].Report(ServerDiagnostics.UnknownSourceKind, kind, string.Join(", ", kinds.Order(StringComparer.Ordinal)));
            return null;
        }

        var options = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        string? path = null;
        Uri? url = null;
        SecretReference? secret = null;
        var ok = true;
        foreach (var (key, value) in source.Entries())
        {
            switch (key)
            {
                case "kind":
                    break;
                case "path" when kind == "file":
                    path = ResolveExisting(value, folder, "the source file");
                    ok &= path is not null;
                    break;
                case "url" when kind == "url":
                    url = ReadUrl(value);
                    ok &= url is not null;
                    break;
                case "apiKey" or "token":
                    secret = ReadSecret(value, $"the source's {key}");
                    ok &= secret is not null;
                    break;
                default:
                    // Settings of sources this reader does not interpret (the collector's regions, resource group ...).
                    var strings = value.Strings();
                    options[key] = string.Join(',', strings.Select(s => s.Text));
                    break;
            }
        }

        if (kind == "file" && path is null && source["path"].IsMissing)
        {
            source["path"].Report(FormatDiagnostics.RequiredValueMissing, "the file to read", string.Empty);
            ok = false;
        }

        if (kind == "url" && url is null && source["url"].IsMissing)
        {
            source["url"].Report(FormatDiagnostics.RequiredValueMissing, "the URL to fetch", string.Empty);
            ok = false;
        }

        if (kind == "collect" && secret is null && source["apiKey"].IsMissing)
        {
            source["apiKey"].Report(ServerDiagnostics.SecretNotReferenced, "the collector's apiKey");
            ok = false;
        }

        return ok ? new SourceSettings(kind, path, url, secret, options.ToImmutable()) : null;
    }

    private static (string?, ClusterSettings?) ReadCluster(YamlCursor item, string folder, List<(string Name, AccountSettings Value)> accounts)
    {
        item.WarnUnknownKeys("name", "account", "description", "era");
        var name = item["name"].Required("the cluster's name");
        var account = item["account"].Required("the account whose snapshots the cluster is checked on");
        var description = item["description"].IsMissing
            ? Missing(item["description"], "the cluster description file (cluster.yaml)")
            : ResolveExisting(item["description"], folder, "the cluster description");
        DocumentationEra? era = null;
        if (item["era"].Text() is { } eraText)
        {
            if (EraNames.TryParse(eraText.Trim(), out var parsed))
            {
                era = parsed;
            }
            else
            {
                item["era"].Report(FormatDiagnostics.InvalidScalar, eraText, string.Join(", ", Enum.GetValues<DocumentationEra>().Select(EraNames.Name)));
                return (null, null);
            }
        }

        if (name is not null && account is not null && accounts.All(a => a.Name != account))
        {
            item["account"].Report(ServerDiagnostics.UnknownAccount, name, account, accounts.Count == 0 ? "none is defined" : string.Join(", ", accounts.Select(a => a.Name)));
            return (null, null);
        }

        return name is null || account is null || description is null ? (null, null) : (name, new ClusterSettings(name, account, description, era));
    }

    private static (string?, WebhookSettings?) ReadWebhook(YamlCursor item)
    {
        item.WarnUnknownKeys("name", "url", "secret", "on");
        var name = item["name"].Required("the webhook's name");
        var url = item["url"].IsMissing ? Missing<Uri>(item["url"], "the URL alerts are posted to") : ReadUrl(item["url"]);
        var secret = ReadSecret(item["secret"], "the webhook's secret");
        var kinds = ImmutableArray.CreateBuilder<AlertKind>();
        foreach (var (text, at) in item["on"].Strings())
        {
            if (AlertKinds.TryParse(text, out var kind))
            {
                kinds.Add(kind);
            }
            else
            {
                at.Report(FormatDiagnostics.InvalidScalar, text, string.Join(", ", Enum.GetValues<AlertKind>().Select(AlertKinds.Name)));
            }
        }

        return name is null || url is null || secret is null ? (null, null) : (name, new WebhookSettings(name, url, secret, kinds.ToImmutable()));
    }

    private static LimitSettings ReadLimits(YamlCursor limits)
    {
        limits.WarnUnknownKeys("maxUploadBytes", "requestsPerMinute", "concurrentComputations");
        var defaults = new LimitSettings();
        return new LimitSettings(
            limits["maxUploadBytes"].Int(1024, int.MaxValue) ?? defaults.MaxUploadBytes,
            limits["requestsPerMinute"].Int(1, 1_000_000) ?? defaults.RequestsPerMinute,
            limits["concurrentComputations"].Int(1, 256) ?? defaults.ConcurrentComputations);
    }

    private static SecretReference? ReadSecret(YamlCursor value, string what)
    {
        value.WarnUnknownKeys("file", "env");
        var file = value.IsMapping ? value["file"].Text()?.Trim() : null;
        var variable = value.IsMapping ? value["env"].Text()?.Trim() : null;
        if (string.IsNullOrEmpty(file) == string.IsNullOrEmpty(variable))
        {
            value.Report(ServerDiagnostics.SecretNotReferenced, what);
            return null;
        }

        return new SecretReference(string.IsNullOrEmpty(file) ? null : Path.GetFullPath(file), string.IsNullOrEmpty(variable) ? null : variable);
    }

    private static Uri? ReadUrl(YamlCursor value)
    {
        var text = value.Required("the URL");
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            return url;
        }

        value.Report(ServerDiagnostics.InvalidUrl, text);
        return null;
    }

    private static string? ResolveExisting(YamlCursor value, string folder, string what)
    {
        var text = value.Required(what);
        if (text is null)
        {
            return null;
        }

        var path = Path.GetFullPath(Path.IsPathRooted(text) ? text : Path.Combine(folder, text));
        if (!File.Exists(path))
        {
            value.Report(ServerDiagnostics.FileNotFound, what, text);
            return null;
        }

        return path;
    }

    private static string? Missing(YamlCursor value, string what)
    {
        value.Report(FormatDiagnostics.RequiredValueMissing, what, string.Empty);
        return null;
    }

    private static T? Missing<T>(YamlCursor value, string what)
        where T : class
    {
        value.Report(FormatDiagnostics.RequiredValueMissing, what, string.Empty);
        return null;
    }
}
