using Portcullis.Application.Hosting;
using Portcullis.Application.Inputs;
using Portcullis.Core.Analysis;
using Portcullis.Core.Reports.Exposure;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;
using Portcullis.Formats.Reports;
using Portcullis.Formats.Wording;

namespace Portcullis.Application.Reports;

/// <summary>
/// Runs <c>report exposure</c>: for every endpoint (alike ones together), what the public internet and the service
/// network may open to it and what it may open to them; exits 1 when <c>--fail-on-exposure</c> ports are open to the internet.
/// </summary>
public sealed class ExposureReportHandler : ICommandHandler<ExposureReportOptions>
{
    /// <inheritdoc />
    public async Task<int> RunAsync(ExposureReportOptions options, CommandEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        if (FormatGuard.Refuses(environment, ExposureReportWriter.Formats, options.Format))
        {
            return ExitCodes.BadInput;
        }

        var failPorts = IntervalSet<int>.Empty;
        if (options.FailOnExposure is { } portsText && !TryPorts(portsText, out failPorts))
        {
            return environment.UsageError($"--fail-on-exposure: '{portsText}' is not a list of ports", "give ports and ranges from 1 to 65535, such as 22,3389,5432-5433");
        }

        var topology = ConfigurationLoader.Load(environment, options.Configs, options.Filter);
        if (topology is null)
        {
            return ExitCodes.BadInput;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var analyzer = new ConnectivityAnalyzer(topology);
        var lbAsNodes = !options.LoadBalancerPerIp;
        var stream = analyzer.StreamExternal(TextOrder.Report.Nodes, lbAsNodes);
        var byName = new ConnectivityStream(stream.Level, stream.Sections.OrderBy(s => ((VpcScope)s.Scope).Vpc.Name, StringComparer.Ordinal));

        // Exposed endpoints are noted as each section is written, so the report still streams.
        var exposed = new List<NetworkNode>();
        var sections = ExposureReport.Build(byName, TextOrder.Report.Nodes, lbAsNodes).Select(section =>
        {
            exposed.AddRange(section.Groups.Where(g => g.OpenedPorts(ExternalKind.PublicInternet, failPorts).Any()).SelectMany(g => g.Nodes));
            return section;
        });
        var written = await environment.WriteAsync(options.Output, options.Configs, writer => ExposureReportWriter.Write(sections, options.Format, writer), cancellationToken).ConfigureAwait(false);
        if (written != ExitCodes.Success || exposed.Count == 0)
        {
            return written;
        }

        environment.Error.WriteLine("portcullis: " + ExposureText.Exposed(exposed, options.FailOnExposure!));
        return ExitCodes.Findings;
    }

    private static bool TryPorts(string text, out IntervalSet<int> ports)
    {
        ports = IntervalSet<int>.Empty;
        var intervals = new List<Interval<int>>();
        foreach (var item in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!NumberRange.TryParse(item, ConnectionSet.MinPort, ConnectionSet.MaxPort, out var range))
            {
                return false;
            }

            intervals.Add(range);
        }

        ports = IntervalSet<int>.Of(intervals);
        return !ports.IsEmpty;
    }
}
