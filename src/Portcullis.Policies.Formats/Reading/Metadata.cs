using Portcullis.Policies.Model;

namespace Portcullis.Policies.Formats.Reading;

/// <summary>A resource's metadata: name, namespace and labels.</summary>
/// <param name="Name">The name (null when missing or invalid).</param>
/// <param name="Namespace">The namespace (null when absent).</param>
/// <param name="Labels">The labels.</param>
internal sealed record Metadata(string? Name, string? Namespace, Labels Labels)
{
    private static readonly string[] Fields =
    [
        "name", "namespace", "annotations", "clusterName", "creationTimestamp", "deletionGracePeriodSeconds", "deletionTimestamp",
        "finalizers", "generateName", "generation", "labels", "managedFields", "ownerReferences", "resourceVersion", "selfLink", "uid",
    ];

    /// <summary>
    /// Reads metadata; with <paramref name="strict"/> (policies), unknown fields and a name that is not a DNS
    /// subdomain are errors, as the API server and calicoctl make them.
    /// </summary>
    public static Metadata Read(Node resource, string kind, bool strict, bool kubernetesNames = true)
    {
        var metadata = resource["metadata"];
        if (!metadata.ExpectMapping($"the metadata of a {kind}", required: strict))
        {
            if (strict && resource.HasKey("metadata") && metadata.IsMissing)
            {
                metadata.Report(PolicyDiagnostics.MissingField, $"the metadata of a {kind} must not be null");
            }

            return new Metadata(null, null, Labels.Empty);
        }

        if (strict)
        {
            metadata.RejectUnknownFields("metadata", Fields);
        }

        var name = metadata["name"].String("metadata.name", required: true);
        if (name is not null && string.IsNullOrEmpty(name))
        {
            metadata["name"].Report(PolicyDiagnostics.MissingField, "metadata.name must not be empty");
            name = null;
        }
        else if (strict && kubernetesNames && name is not null && ApiNames.SubdomainProblem(name) is { } problem)
        {
            metadata["name"].Report(PolicyDiagnostics.InvalidValue, $"the name '{name}' {problem}");
            name = null;
        }

        var ns = metadata["namespace"].String("metadata.namespace");
        if (strict && ns is not null && ApiNames.LabelNameProblem(ns) is { } nsProblem)
        {
            metadata["namespace"].Report(PolicyDiagnostics.InvalidValue, $"the namespace '{ns}' {nsProblem}");
        }

        return new Metadata(name, string.IsNullOrEmpty(ns) ? null : ns, ReadLabels(metadata["labels"], "metadata.labels", strict));
    }

    /// <summary>A label map; with <paramref name="strict"/>, keys and values are checked as the API server checks them.</summary>
    public static Labels ReadLabels(Node node, string what, bool strict)
    {
        if (!node.ExpectMapping(what))
        {
            return Labels.Empty;
        }

        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var (key, value) in node.Entries())
        {
            if (strict && ApiNames.LabelKeyProblem(key) is { } keyProblem)
            {
                value.Report(PolicyDiagnostics.InvalidValue, $"the label key '{key}' {keyProblem}");
                continue;
            }

            var text = strict ? value.String($"the value of label '{key}'", required: true) : value.Text($"the value of label '{key}'") ?? "";
            if (text is null)
            {
                continue;
            }

            if (strict && ApiNames.LabelValueProblem(text) is { } valueProblem)
            {
                value.Report(PolicyDiagnostics.InvalidValue, $"the value '{text}' of label '{key}' {valueProblem}");
                continue;
            }

            pairs.Add(new(key, text));
        }

        return Labels.Of(pairs);
    }
}
