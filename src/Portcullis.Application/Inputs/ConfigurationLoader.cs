using Portcullis.Application.Hosting;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Core.Topology;
using Portcullis.Formats.Configuration;
using Portcullis.Formats.Text;

namespace Portcullis.Application.Inputs;

/// <summary>Reads VPC configuration files, merges them and compiles the topology, printing every diagnostic.</summary>
public static class ConfigurationLoader
{
    /// <summary>
    /// Reads the files, whatever their format (collector JSON, Terraform state or plan, <c>ibmcloud</c> export), and
    /// combines them; <see langword="null"/> (after printing why) when any has errors.
    /// </summary>
    /// <param name="environment">Where diagnostics go.</param>
    /// <param name="files">The configuration files, as the user named them.</param>
    public static VpcConfiguration? Read(CommandEnvironment environment, IReadOnlyList<string> files)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(files);
        ReadOnlyMemory<byte>? standardInput = null;
        var fromInput = files.Count(f => f == ConfigurationReader.StandardInputPath);
        if (fromInput > 0)
        {
            if (fromInput > 1 || !environment.TryTakeStandardInput(out var input))
            {
                var why = fromInput > 1 || environment.StandardInput is not null
                    ? "standard input ('-') can be read for one input only"
                    : "'-' reads the configuration from standard input, and there is none to read (a terminal)";
                environment.UsageError(why, "Pipe or redirect one configuration into portcullis, and name the others as files.");
                return null;
            }

            using (input)
            {
                using var buffer = new MemoryStream();
                input.CopyTo(buffer);
                standardInput = buffer.ToArray();
            }
        }

        var diagnostics = new DiagnosticBag();
        var ok = ConfigurationReader.TryReadFiles(files, diagnostics, standardInput, out var configuration);
        return environment.Report(diagnostics.ToImmutable()) || !ok ? null : configuration;
    }

    /// <summary>Reads, merges and compiles; <see langword="null"/> (after printing why) on errors.</summary>
    /// <param name="environment">Where diagnostics go.</param>
    /// <param name="files">The configuration files, as the user named them.</param>
    /// <param name="filter">Which VPCs to keep.</param>
    public static NetworkTopology? Load(CommandEnvironment environment, IReadOnlyList<string> files, TopologyFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var configuration = Read(environment, files);
        if (configuration is null)
        {
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var topology = NetworkTopology.Build(configuration, filter, diagnostics);
        if (environment.Report(diagnostics.ToImmutable()) || topology is null)
        {
            return null;
        }

        if (topology.Vpcs.IsEmpty)
        {
            var why = filter == TopologyFilter.None ? "the configuration has no VPC with subnets" : "no VPC with subnets matches the --vpc, --region and --resource-group filters";
            // Named like a diagnostic, with the files, so that the user knows which input had nothing in it.
            environment.Error.WriteLine($"portcullis: {string.Join(", ", files.Select(ControlText.Escape))}: error: nothing to analyse: {ControlText.Escape(why)}");
            return null;
        }

        return topology;
    }
}
