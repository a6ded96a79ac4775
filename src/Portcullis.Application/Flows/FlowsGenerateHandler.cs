using System.Globalization;
using Portcullis.Application.Hosting;
using Portcullis.Application.Inputs;
using Portcullis.Core.Topology;
using Portcullis.Flows.Formats.FlowLogs;

namespace Portcullis.Application.Flows;

/// <summary>Runs <c>flows generate</c>: seeded synthetic flow logs in the Cloud Object Storage key layout.</summary>
public sealed class FlowsGenerateHandler : ICommandHandler<FlowsGenerateOptions>
{
    /// <summary>The most records one run writes: enough for any benchmark, and a typo of a few zeros is not an hour of disk writes.</summary>
    public const long MaxRecords = 1_000_000_000;

    /// <inheritdoc />
    public Task<int> RunAsync(FlowsGenerateOptions options, CommandEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        return Task.FromResult(Run(options, environment, cancellationToken));
    }

    // Generating is CPU and disk work with nothing to await; it stops between objects when cancelled.
    private static int Run(FlowsGenerateOptions options, CommandEnvironment environment, CancellationToken cancellationToken)
    {
        if (options.Records < 0 || options.RecordsPerObject < 1)
        {
            return environment.UsageError("--records must be 0 or more and --records-per-object 1 or more");
        }

        if (options.Records > MaxRecords)
        {
            return environment.UsageError($"--records {options.Records.ToString(CultureInfo.InvariantCulture)} is more than the generator writes in one run ({MaxRecords.ToString("N0", CultureInfo.InvariantCulture)}); "
                + "run it again with a later --start into another directory for more");
        }

        if (!DateTimeOffset.TryParse(options.Start, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start))
        {
            return environment.UsageError($"--start '{options.Start}' is not a time such as 2025-01-06T00:00:00Z");
        }

        // Each object covers a capture window after the one before; the last must end before the calendar does.
        var objects = (options.Records + options.RecordsPerObject - 1) / options.RecordsPerObject;
        if ((DateTimeOffset.MaxValue - start).Ticks / FlowLogGenerator.Window.Ticks <= objects)
        {
            return environment.UsageError($"--start '{options.Start}' leaves no room for the capture windows of {objects.ToString("N0", CultureInfo.InvariantCulture)} objects before the year 10000; choose an earlier time");
        }

        var directory = new DirectoryInfo(options.Output);
        if (directory.Exists && directory.EnumerateFileSystemInfos().Any())
        {
            return environment.UsageError($"--output {options.Output}: the directory is not empty; choose a new one so that no file is overwritten");
        }

        var topology = ConfigurationLoader.Load(environment, options.Configs, TopologyFilter.None);
        if (topology is null)
        {
            return ExitCodes.BadInput;
        }

        var generator = new FlowLogGenerator(topology, options.Seed);
        if (generator.Interfaces == 0)
        {
            return environment.UsageError("the configuration has no instance interfaces or worker nodes to write flow logs for");
        }

        try
        {
            var (files, written) = generator.WriteTree(directory.FullName, options.Records, options.RecordsPerObject, start, cancellationToken);
            environment.Output.WriteLine($"wrote {written.ToString("N0", CultureInfo.InvariantCulture)} records in {files.ToString("N0", CultureInfo.InvariantCulture)} objects "
                + $"for {generator.Interfaces} vNICs under {options.Output}");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return environment.UsageError($"cannot write under --output {options.Output}: {e.Message}");
        }
    }
}
