using Portcullis.Core.Diagnostics;
using Portcullis.Policies.Evaluation;
using Portcullis.Policies.Formats.Reading;
using Portcullis.Policies.Formats.Text;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Formats.Handlers;

/// <summary>Reads a command's input and prints its diagnostics (errors first, control characters escaped).</summary>
public static class PolicyInputLoader
{
    /// <summary>The configuration, or <see langword="null"/> when the input has errors (they are printed).</summary>
    public static PolicyConfiguration? Load(PolicyInput input, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(error);
        var diagnostics = new DiagnosticBag();
        var resources = PolicyResourceReader.ReadPaths(input.Policies, ResourceRoles.All, diagnostics)
            .Concat(PolicyResourceReader.ReadPaths(input.Resources, ResourceRoles.All, diagnostics));
        if (Report(diagnostics, error))
        {
            return null;
        }

        var configuration = resources.ToConfiguration();
        if (configuration.Endpoints.IsEmpty)
        {
            error.WriteLine("portcullis: warning: no pods, workloads or endpoints were read, so there is nothing to connect; give --resources (kubectl get pods,deployments,namespaces -A -o yaml)");
        }

        return configuration;
    }

    /// <summary>The semantics an input asks for.</summary>
    public static EvaluationSemantics Semantics(PolicyInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Nca ? EvaluationSemantics.NcaCompatible : EvaluationSemantics.Calico;
    }

    /// <summary>Prints diagnostics, errors first; returns whether any was an error.</summary>
    public static bool Report(DiagnosticBag diagnostics, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(error);
        var hasErrors = false;
        foreach (var diagnostic in diagnostics.ToImmutable().OrderByDescending(d => d.Severity))
        {
            if (diagnostic.Severity == DiagnosticSeverity.Info)
            {
                continue;
            }

            hasErrors |= diagnostic.Severity == DiagnosticSeverity.Error;
            error.WriteLine($"portcullis: {SafeText.Of(diagnostic.ToString())}");
        }

        return hasErrors;
    }

    /// <summary>What the input is, for titles: the files given.</summary>
    public static string Describe(PolicyInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return string.Join(", ", input.Policies.Select(Path.GetFileName));
    }
}
