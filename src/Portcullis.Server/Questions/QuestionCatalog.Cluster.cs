using Portcullis.Application.Cluster;
using Portcullis.Cluster.Allowlist;
using Portcullis.Cluster.Formats.Allowlist;
using Portcullis.Cluster.Formats.Check;
using Portcullis.Cluster.Formats.Fix;
using Portcullis.Server.Configuration;
using Portcullis.Storage;

namespace Portcullis.Server.Questions;

internal static partial class QuestionCatalog
{
    /// <summary>The questions asked of a cluster on one snapshot, by path.</summary>
    public static readonly IReadOnlyDictionary<string, Func<QueryReader, ClusterSettings, Question>> OfCluster = new Dictionary<string, Func<QueryReader, ClusterSettings, Question>>(StringComparer.Ordinal)
    {
        ["check"] = ClusterCheck,
        ["fix"] = ClusterFix,
        ["allowlist"] = ClusterAllowlist,
    };

    public static Question ClusterCheck(QueryReader query, ClusterSettings cluster)
    {
        var format = query.Format(ClusterCheckWriter.Formats);
        return new Question($"clusters/{cluster.Name}/check", query.Canonical, ContentTypes.Of(Name(format)), DescriptionKey(cluster), (files, environment, cancellationToken) =>
            new ClusterCheckHandler().RunAsync(new ClusterCheckOptions { Description = cluster.Description, Configs = [.. files], Era = cluster.Era, Format = format }, environment, cancellationToken));
    }

    public static Question ClusterFix(QueryReader query, ClusterSettings cluster)
    {
        var format = query.Format(FixWriter.Formats);
        var legacy = query.Bool("legacyProtocols");
        return new Question($"clusters/{cluster.Name}/fix", query.Canonical, ContentTypes.Of(Name(format)), DescriptionKey(cluster), (files, environment, cancellationToken) =>
            new ClusterFixHandler().RunAsync(new ClusterFixOptions { Description = cluster.Description, Configs = [.. files], Era = cluster.Era, Format = format, LegacyProtocols = legacy }, environment, cancellationToken));
    }

    public static Question ClusterAllowlist(QueryReader query, ClusterSettings cluster)
    {
        var direction = query.Choice("direction", ("from-cluster", AllowlistDirection.FromCluster), ("to-cluster", AllowlistDirection.ToCluster));
        var workers = query.Bool("workers");
        var protocol = query.Text("protocol");
        var ports = query.Text("ports");
        var legacy = query.Bool("legacyProtocols");
        var format = query.Format(AllowlistWriter.Formats);
        return new Question($"clusters/{cluster.Name}/allowlist", query.Canonical, ContentTypes.Of(Name(format)), DescriptionKey(cluster), (files, environment, cancellationToken) =>
            new ClusterAllowlistHandler().RunAsync(new ClusterAllowlistOptions
            {
                Description = cluster.Description,
                Configs = [.. files],
                Direction = direction,
                Workers = workers,
                Protocol = protocol,
                Ports = ports,
                LegacyProtocols = legacy,
                Format = format,
            }, environment, cancellationToken));
    }

    // The answer depends on the description as it is now: an edited cluster.yaml is a new question.
    private static string DescriptionKey(ClusterSettings cluster) =>
        File.Exists(cluster.Description) ? $"{cluster.Description}:{ContentHash.Of(File.ReadAllBytes(cluster.Description))}:{cluster.Era}" : cluster.Description;
}
