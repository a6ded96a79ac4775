using Portcullis.Application.Hosting;
using Portcullis.Cluster.Fix;
using Portcullis.Cluster.Formats.Catalogs;
using Portcullis.Cluster.Formats.Fix;
using Portcullis.Cluster.Formats.Wording;
using Portcullis.Formats.IbmVpc;
using Portcullis.Formats.Text;

namespace Portcullis.Application.Cluster;

/// <summary>
/// Runs <c>cluster fix</c>: writes the plan with its proof (the cluster checked again with the plan applied in memory,
/// and the connectivity diff it causes), and with <c>--write-config</c> the patched configuration; exit 1 when the fix
/// does not make every requirement pass (a quota leaves part of it unplanned).
/// </summary>
public sealed class ClusterFixHandler : ICommandHandler<ClusterFixOptions>
{
    /// <summary>The option that names the file for the patched configuration.</summary>
    public const string WriteConfigOption = "--write-config";

    /// <inheritdoc />
    public async Task<int> RunAsync(ClusterFixOptions options, CommandEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        if (FormatGuard.Refuses(environment, FixWriter.Formats, options.Format))
        {
            return ExitCodes.BadInput;
        }

        if (options.WriteConfig is { } same && options.Output is { } output && Path.GetFullPath(same) == Path.GetFullPath(output))
        {
            return environment.UsageError($"{WriteConfigOption} and --output name the same file {output}; give each its own");
        }

        var checkedCluster = CheckedCluster.Run(environment, options.Description, options.Configs, options.Era);
        if (checkedCluster is null)
        {
            return ExitCodes.BadInput;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var (report, plan, inputs) = checkedCluster;
        var proof = FixVerifier.Verify(report, plan, checkedCluster.Configuration, CloudFactsReader.Embedded);
        cancellationToken.ThrowIfCancellationRequested();
        var code = await environment.WriteAsync(options.Output, inputs, writer => FixWriter.Write(proof, options.Format, options.LegacyProtocols, writer), cancellationToken)
            .ConfigureAwait(false);
        if (code == ExitCodes.Success && options.WriteConfig is { } file)
        {
            IEnumerable<string> guarded = options.Output is null ? inputs : [.. inputs, options.Output];
            code = await environment.WriteFileAsync(WriteConfigOption, file, guarded, writer => IbmVpcConfigWriter.Write(proof.Patched, writer), cancellationToken).ConfigureAwait(false);
        }

        foreach (var problem in plan.Problems)
        {
            environment.Error.WriteLine($"portcullis: warning: {ControlText.Escape(FixText.Problem(problem))}");
        }

        if (!proof.Passes && plan.Problems.IsEmpty)
        {
            environment.Error.WriteLine($"portcullis: warning: {ControlText.Escape(FixProofText.Verdict(proof))}");
        }

        return code != ExitCodes.Success ? code : proof.Passes && plan.Problems.IsEmpty ? ExitCodes.Success : ExitCodes.Findings;
    }
}
