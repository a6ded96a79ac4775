using Portcullis.Application.Diff;
using Portcullis.Application.Explain;
using Portcullis.Application.Lint;
using Portcullis.Application.Reports;
using Portcullis.Core.Analysis;
using Portcullis.Formats.Diff;
using Portcullis.Formats.Explain;
using Portcullis.Formats.Lint;
using Portcullis.Formats.Reports;

namespace Portcullis.Server.Questions;

/// <summary>
/// The questions the API answers, each read from a query string into the options record of the command that
/// answers it on the command line; the answer is that command's handler's output, byte for byte.
/// </summary>
internal static partial class QuestionCatalog
{
    /// <summary>The questions asked of one snapshot (besides the cluster questions), by path.</summary>
    public static readonly IReadOnlyDictionary<string, Func<QueryReader, Question>> OfOneSnapshot = new Dictionary<string, Func<QueryReader, Question>>(StringComparer.Ordinal)
    {
        ["report/endpoints"] = ReportEndpoints,
        ["report/subnets"] = ReportSubnets,
        ["report/single-subnet"] = ReportSingleSubnet,
        ["explain"] = Explain,
        ["lint"] = Lint,
    };

    public static Question ReportEndpoints(QueryReader query)
    {
        var format = query.Format(ConnectivityReportWriter.Formats);
        var grouping = query.Bool("grouping");
        var perIp = query.Bool("lbPerIp");
        var filter = query.Filter();
        return new Question("report/endpoints", query.Canonical, ContentTypes.Of(Name(format)), string.Empty, (files, environment, cancellationToken) =>
            new EndpointsReportHandler().RunAsync(new EndpointsReportOptions { Configs = [.. files], Filter = filter, Format = format, Grouping = grouping, LoadBalancerPerIp = perIp }, environment, cancellationToken));
    }

    public static Question ReportSubnets(QueryReader query)
    {
        var format = query.Format(ConnectivityReportWriter.Formats);
        var grouping = query.Bool("grouping");
        var filter = query.Filter();
        return new Question("report/subnets", query.Canonical, ContentTypes.Of(Name(format)), string.Empty, (files, environment, cancellationToken) =>
            new SubnetsReportHandler().RunAsync(new SubnetsReportOptions { Configs = [.. files], Filter = filter, Format = format, Grouping = grouping }, environment, cancellationToken));
    }

    public static Question ReportSingleSubnet(QueryReader query)
    {
        var format = query.Format(SubnetAclReportWriter.Formats);
        var filter = query.Filter();
        return new Question("report/single-subnet", query.Canonical, ContentTypes.Of(Name(format)), string.Empty, (files, environment, cancellationToken) =>
            new SingleSubnetReportHandler().RunAsync(new SingleSubnetReportOptions { Configs = [.. files], Filter = filter, Format = format }, environment, cancellationToken));
    }

    public static Question Explain(QueryReader query)
    {
        var source = query.Required("src", "the source (a resource name, id or CRN, an address or a CIDR)") ?? string.Empty;
        var destination = query.Required("dst", "the destination, in the same forms") ?? string.Empty;
        var protocol = query.Text("protocol");
        var sourcePorts = query.Text("srcPorts");
        var destinationPorts = query.Text("dstPorts");
        var icmpType = query.Int("icmpType", 0, 255);
        var icmpCode = query.Int("icmpCode", 0, 255);
        var detail = query.Bool("detail");
        var format = query.Format(ExplanationWriter.Formats);
        var filter = query.Filter();
        return new Question("explain", query.Canonical, ContentTypes.Of(Name(format)), string.Empty, (files, environment, cancellationToken) =>
            new ExplainHandler().RunAsync(new ExplainOptions
            {
                Configs = [.. files],
                Filter = filter,
                Source = source,
                Destination = destination,
                Protocol = protocol,
                SourcePorts = sourcePorts,
                DestinationPorts = destinationPorts,
                IcmpType = icmpType,
                IcmpCode = icmpCode,
                Detail = detail,
                Format = format,
            }, environment, cancellationToken));
    }

    public static Question Lint(QueryReader query)
    {
        var enable = query.List("enable");
        var disable = query.List("disable");
        var printAll = query.Bool("printAll");
        var format = query.Format(LintWriter.Formats);
        var filter = query.Filter();
        return new Question("lint", query.Canonical, ContentTypes.Of(Name(format)), string.Empty, (files, environment, cancellationToken) =>
            new LintHandler().RunAsync(new LintOptions { Configs = [.. files], Filter = filter, Enable = enable, Disable = disable, PrintAll = printAll, Format = format, FailOn = Core.Diagnostics.Severity.Error }, environment, cancellationToken));
    }

    /// <summary>The diff between two snapshots: the first file given is before, the second after.</summary>
    public static Question Diff(QueryReader query)
    {
        var level = query.Choice("level", ("endpoints", ConnectivityLevel.Endpoints), ("subnets", ConnectivityLevel.Subnets));
        var format = query.Format(DiffWriter.Formats);
        var filter = query.Filter();
        return new Question("diff", query.Canonical, ContentTypes.Of(Name(format)), string.Empty, (files, environment, cancellationToken) =>
            new DiffHandler().RunAsync(new DiffOptions { Before = [files[0]], After = [files[1]], Level = level, Filter = filter, Format = format }, environment, cancellationToken));
    }

    private static string Name<T>(T format)
        where T : struct, Enum => format.ToString().ToLowerInvariant();
}
