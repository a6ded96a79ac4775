using Portcullis.Core.Diagnostics;
using Portcullis.Formats;
using Portcullis.Formats.Yaml;
using YamlDotNet.RepresentationModel;

namespace Portcullis.Policies.Formats.Reading;

/// <summary>
/// Reads what <c>kubectl get -o yaml|json</c> and <c>calicoctl get -o yaml|json</c> print: single resources,
/// multi-document YAML, <c>List</c>s and <c>*List</c>s, in YAML or JSON. Kubernetes NetworkPolicies and Calico
/// policies are validated as the API server and calicoctl validate them; every problem is reported with the file,
/// the document, the path and the line.
/// </summary>
public static class PolicyResourceReader
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    /// <summary>Reads files and directories (recursively, <c>*.yaml</c>, <c>*.yml</c>, <c>*.json</c>), keeping the resources of <paramref name="roles"/>.</summary>
    public static PolicyResources ReadPaths(IEnumerable<string> paths, ResourceRoles roles, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var collector = new ResourceCollector(roles, diagnostics);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(System.IO.Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (files.Count == 0)
                {
                    diagnostics.Report(PolicyDiagnostics.NothingFound, new SourceLocation(path));
                }

                foreach (var file in files)
                {
                    ReadFile(file, collector);
                }
            }
            else
            {
                ReadFile(path, collector);
            }
        }

        return collector.ToResources();
    }

    /// <summary>Reads resources from text (<paramref name="file"/> names it in diagnostics).</summary>
    public static PolicyResources ReadText(string text, string file, ResourceRoles roles, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var collector = new ResourceCollector(roles, diagnostics);
        ReadText(text, file, collector);
        return collector.ToResources();
    }

    private static void ReadFile(string path, ResourceCollector collector)
    {
        string text;
        try
        {
            text = InputFile.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            var reason = e switch
            {
                FileNotFoundException or DirectoryNotFoundException => "no such file",
                UnauthorizedAccessException => "permission denied",
                _ => e.Message,
            };
            collector.Diagnostics.Report(PolicyDiagnostics.UnreadableFile, new SourceLocation(path), reason);
            return;
        }

        ReadText(text, path, collector);
    }

    private static void ReadText(string text, string file, ResourceCollector collector)
    {
        if (!YamlInput.TryLoad(text, out var stream, out var error))
        {
            collector.Diagnostics.Report(error.IsLimit ? FormatDiagnostics.InputLimitExceeded : PolicyDiagnostics.MalformedFile, new SourceLocation(file, null, error.Line, error.Column), error.Message);
            return;
        }

        var documents = stream.Documents.Where(d => d.RootNode is not YamlScalarNode { Value: null or "" or "~" or "null" }).ToList();
        for (var i = 0; i < documents.Count; i++)
        {
            var root = documents.Count == 1 ? "$" : $"doc{i + 1}:$";
            var node = new Node(new YamlCursor(documents[i].RootNode, file, root, collector.Diagnostics), collector.Diagnostics);
            ReadDocument(node, collector);
        }
    }

    /// <summary>
    /// A document: a resource, a List of them, or a plain YAML list of them. Items of a typed list
    /// (<c>NamespaceList</c>, <c>PodList</c> ...) may omit their kind, as kubectl prints them.
    /// </summary>
    private static void ReadDocument(Node node, ResourceCollector collector, string? impliedKind = null, string? impliedVersion = null)
    {
        if (node.IsSequence)
        {
            foreach (var item in node.Items())
            {
                ReadDocument(item, collector);
            }

            return;
        }

        if (!node.IsMapping)
        {
            return;
        }

        var kind = node["kind"].IsScalar ? node["kind"].Text("kind") : impliedKind;
        var apiVersion = node["apiVersion"].IsScalar ? node["apiVersion"].Text("apiVersion") : impliedVersion;
        if (kind is not null && kind.EndsWith("List", StringComparison.Ordinal) && node.HasKey("items"))
        {
            var itemKind = kind == "List" ? null : kind[..^"List".Length];
            foreach (var item in node["items"].Items())
            {
                ReadDocument(item, collector, itemKind, kind == "List" ? null : apiVersion);
            }

            return;
        }

        ResourceDispatcher.Read(node, kind, apiVersion, collector);
    }
}
