using Portcullis.Application.Hosting;
using Portcullis.Application.Inputs;
using Portcullis.Cluster;
using Portcullis.Cluster.Formats.Description;
using Portcullis.Core.Diagnostics;
using Portcullis.Formats.Text;

namespace Portcullis.Application.Cluster;

/// <summary>Runs <c>cluster init</c>: a commented cluster description from the exports an admin already has.</summary>
public sealed class ClusterInitHandler : ICommandHandler<ClusterInitOptions>
{
    /// <inheritdoc />
    public async Task<int> RunAsync(ClusterInitOptions options, CommandEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        var inputs = new List<string>();
        var diagnostics = new DiagnosticBag();
        var builder = new ClusterDescriptionBuilder { Id = options.ClusterId };
        foreach (var (kind, file) in new[]
                 {
                     (ExportKind.ClusterGet, options.ClusterGet), (ExportKind.Workers, options.Workers),
                     (ExportKind.PublicGateways, options.PublicGateways), (ExportKind.ClusterInfo, options.ClusterInfo),
                 }.Concat(options.Subnets.Select(f => (ExportKind.Subnets, (string?)f))))
        {
            if (file is not null)
            {
                inputs.Add(file);
                ClusterExportImporter.TryImportFile(kind, file, builder, diagnostics);
            }
        }

        var toStdout = options.Output == ClusterInitOptions.StandardOutput;
        foreach (var file in options.Configs)
        {
            inputs.Add(file);
            var configuration = ConfigurationLoader.Read(environment, [file]);
            if (configuration is null)
            {
                return ExitCodes.BadInput;
            }

            ClusterExportImporter.ImportVpcConfiguration(configuration, file, builder, diagnostics);
            var folder = toStdout ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(options.Output))!;
            builder.VpcConfigs.Add(Path.GetRelativePath(folder, Path.GetFullPath(file)).Replace('\\', '/'));
        }

        if (inputs.Count == 0)
        {
            return environment.UsageError("nothing to read: give at least --cluster-get or --config (and the other exports you have)", "Run 'portcullis cluster init --help' for usage and examples.");
        }

        if (!builder.HasPoolSubnets)
        {
            builder.PoolSubnetsFromKnownSubnets("default");
            if (builder.HasPoolSubnets)
            {
                diagnostics.Report(ClusterDiagnostics.WorkerSubnetsGuessed, null);
            }
        }

        var description = builder.Build(diagnostics);
        if (environment.Report(diagnostics.ToImmutable()) || description is null)
        {
            return ExitCodes.BadInput;
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (toStdout)
        {
            ClusterDescriptionWriter.Write(description, builder.Provenance, environment.Output);
            return ExitCodes.Success;
        }

        if (File.Exists(options.Output) && !options.Force)
        {
            return environment.UsageError($"{options.Output} exists; give --force to replace it, or another --output");
        }

        var code = await environment.WriteAsync(options.Output, inputs, writer => ClusterDescriptionWriter.Write(description, builder.Provenance, writer), cancellationToken)
            .ConfigureAwait(false);
        if (code == ExitCodes.Success)
        {
            environment.Error.WriteLine($"portcullis: wrote {ControlText.Escape(options.Output)}; next: portcullis cluster check --cluster {ShellText.Quote(ControlText.Escape(options.Output))}");
        }

        return code;
    }
}
