using Portcullis.Application.Hosting;
using Portcullis.Application.Inputs;
using Portcullis.Cluster.Formats.Catalogs;
using Portcullis.Cluster.Formats.Workstation;
using Portcullis.Cluster.Requirements;
using Portcullis.Cluster.Workstation;

namespace Portcullis.Application.Workstation;

/// <summary>Runs <c>workstation</c>: hosts, ports and why, by documentation era.</summary>
public sealed class WorkstationHandler : ICommandHandler<WorkstationOptions>
{
    /// <inheritdoc />
    public async Task<int> RunAsync(WorkstationOptions options, CommandEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        if (FormatGuard.Refuses(environment, WorkstationOutput.Formats, options.Format))
        {
            return ExitCodes.BadInput;
        }

        if (options.Addressing != WorkstationAddressing.Names && options.Format is not (WorkstationFormat.Nftables or WorkstationFormat.Iptables))
        {
            return environment.UsageError("--addresses applies to --format nftables and iptables, the formats a firewall loads", "The other formats name each host, with its purpose.");
        }

        var cluster = ClusterLoader.ReadDescription(environment, options.Description, null);
        if (cluster is null)
        {
            return ExitCodes.BadInput;
        }

        var era = EraNames.For(cluster, options.Era);
        var (requirements, notes) = WorkstationEgress.For(cluster, era, CloudFactsReader.Embedded);
        if (options.Format == WorkstationFormat.Txt && options.Output is null && environment.Terminal is { } terminal)
        {
            terminal.DrawTable(WorkstationWriter.Headers, WorkstationWriter.Rows(requirements));
            WorkstationWriter.WriteNotes(requirements, notes, markdown: false, environment.Output);
            return ExitCodes.Success;
        }

        Func<EgressRequirement, DestinationAddresses?>? addresses = null;
        if (options.Addressing != WorkstationAddressing.Names)
        {
            addresses = await WorkstationAddresses.FindAsync(requirements, options.Addressing, cluster.Region, environment, cancellationToken).ConfigureAwait(false);
            if (addresses is null)
            {
                return ExitCodes.BadInput;
            }
        }

        return await environment.WriteAsync(options.Output, [options.Description], writer => WorkstationOutput.Write(cluster.Name, era, requirements, notes, options.Format, writer, addresses), cancellationToken)
            .ConfigureAwait(false);
    }
}
