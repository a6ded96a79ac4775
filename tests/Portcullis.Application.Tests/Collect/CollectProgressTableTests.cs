using Portcullis.Application.Collect;
using Portcullis.Collect;

namespace Portcullis.Application.Tests.Collect;

/// <summary>The live table's rows, from hand-made progress so that what they say is known.</summary>
public sealed class CollectProgressTableTests
{
    [Fact]
    public void Rows_PartsInTheOrderTheyStarted_WithCountsRetriesAndTheLatestNote()
    {
        var table = new CollectProgressTable(text => text.Replace("secret", "***", StringComparison.Ordinal));
        table.Report(new CollectProgress(CollectProgressKind.Started, "eu-de", string.Empty));
        table.Report(new CollectProgress(CollectProgressKind.Started, "transit", string.Empty));
        table.Report(new CollectProgress(CollectProgressKind.Read, "eu-de", "subnets", 50));
        table.Report(new CollectProgress(CollectProgressKind.Read, "eu-de", "subnets", 7));
        table.Report(new CollectProgress(CollectProgressKind.Read, "eu-de", "vpcs", 1));
        table.Report(new CollectProgress(CollectProgressKind.Retrying, "eu-de", string.Empty, Detail: "GET /subnets: 429; retrying in 2s"));
        table.Report(new CollectProgress(CollectProgressKind.Retrying, "eu-de", string.Empty, Detail: "GET /vpcs: 503 secret; retrying in 1s"));
        table.Report(new CollectProgress(CollectProgressKind.Finished, "transit", string.Empty));

        var first = table.Rows();
        var second = table.Rows();

        Assert.Equal(["eu-de", "reading | (2 retries)", "subnets 57, vpcs 1", "GET /vpcs: 503 ***; retrying in 1s"], first[0]);
        Assert.Equal("reading / (2 retries)", second[0][1]);
        Assert.Equal(["transit", "done", string.Empty, string.Empty], first[1]);
    }

    [Fact]
    public void Rows_AWarning_OutlastsLaterRetries()
    {
        var table = new CollectProgressTable(text => text);
        table.Report(new CollectProgress(CollectProgressKind.Warning, "us-south", string.Empty, Detail: "us-south: load_balancers left out"));
        table.Report(new CollectProgress(CollectProgressKind.Retrying, "us-south", string.Empty, Detail: "GET /subnets: 429; retrying in 2s"));
        table.Report(new CollectProgress(CollectProgressKind.Finished, "us-south", string.Empty));

        Assert.Equal(["us-south", "done (1 retry)", string.Empty, "us-south: load_balancers left out"], table.Rows()[0]);
    }
}
