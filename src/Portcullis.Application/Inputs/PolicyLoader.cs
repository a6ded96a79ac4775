using Portcullis.Application.Hosting;
using Portcullis.Application.Policies;
using Portcullis.Core.Diagnostics;
using Portcullis.Policies.Evaluation;
using Portcullis.Policies.Formats;
using Portcullis.Policies.Formats.Reading;
using Portcullis.Policies.Model;

namespace Portcullis.Application.Inputs;

/// <summary>Reads a policy command's files into one configuration, printing what the readers found.</summary>
public static class PolicyLoader
{
    /// <summary>The configuration, or <see langword="null"/> (after printing why) when the input has errors.</summary>
    /// <param name="environment">Where diagnostics go.</param>
    /// <param name="input">What to read.</param>
    public static PolicyConfiguration? Load(CommandEnvironment environment, PolicyInput input)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(input);
        var diagnostics = new DiagnosticBag();
        var resources = PolicyResourceReader.ReadPaths(input.Policies, ResourceRoles.All, diagnostics)
            .Concat(PolicyResourceReader.ReadPaths(input.Resources, ResourceRoles.All, diagnostics));
        if (diagnostics.HasErrors)
        {
            environment.Report(diagnostics.ToImmutable());
            return null;
        }

        var configuration = resources.ToConfiguration();
        if (configuration.Endpoints.IsEmpty)
        {
            diagnostics.Report(PolicyDiagnostics.NoEndpoints, null);
        }

        environment.Report(diagnostics.ToImmutable());
        return configuration;
    }

    /// <summary>The semantics an input asks for.</summary>
    /// <param name="input">The input.</param>
    public static EvaluationSemantics Semantics(PolicyInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Nca ? EvaluationSemantics.NcaCompatible : EvaluationSemantics.Calico;
    }

    /// <summary>What the input is, for titles: the names of the policy files given.</summary>
    /// <param name="input">The input.</param>
    public static string Describe(PolicyInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return string.Join(", ", input.Policies.Select(Path.GetFileName));
    }
}
