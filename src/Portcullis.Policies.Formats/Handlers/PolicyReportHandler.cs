using Portcullis.Policies.Analysis;
using Portcullis.Policies.Evaluation;
using Portcullis.Policies.Formats.Reports;

namespace Portcullis.Policies.Formats.Handlers;

/// <summary><c>policy report</c>: the connectivity map of the policies.</summary>
public static class PolicyReportHandler
{
    /// <summary>Runs the command; <paramref name="write"/> writes the output (and returns an exit code).</summary>
    public static int Run(PolicyReportOptions options, TextWriter error, Func<Action<TextWriter>, int> write)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(write);
        var configuration = PolicyInputLoader.Load(options.Input, error);
        if (configuration is null)
        {
            return PolicyExitCodes.BadInput;
        }

        var connectivity = PolicyConnectivity.Analyze(configuration, PolicyInputLoader.Semantics(options.Input));
        var rows = ConnectivityReport.Rows(connectivity, options.PerEndpoint);
        return write(output => PolicyReportWriter.Write(rows, PolicyInputLoader.Describe(options.Input), options.Format, output));
    }
}
