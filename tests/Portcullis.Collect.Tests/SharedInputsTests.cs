using Portcullis.Testing;
using Portcullis.Testing.IbmCloud;

namespace Portcullis.Collect.Tests;

/// <summary>Collecting each of np-guard's conformance inputs from the fake reproduces its analysis exactly.</summary>
public sealed class SharedInputsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("portcullis-collect-");

    public void Dispose() => _folder.Delete(recursive: true);

    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        var folder = RepositoryPaths.Shared is { } shared ? Path.Combine(shared, "conformance", "npguard", "input") : null;
        if (folder is null || !Directory.Exists(folder))
        {
            data.Add(string.Empty);
            return data;
        }

        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task CollectAsync_SharedInput_AnalysesAsTheInputDoes(string name)
    {
        Assert.SkipWhen(name.Length == 0, RepositoryPaths.NoSharedReason);
        var input = Path.Combine(RepositoryPaths.Shared!, "conformance", "npguard", "input", name);
        await using var fake = await FakeIbmCloud.StartAsync(FakeAccount.FromFile(input, "eu-de"), cancellationToken: TestContext.Current.CancellationToken);

        var collected = await new CollectBench(fake).CollectAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(CollectBench.EndpointsReport(input), CollectBench.EndpointsReport(CollectBench.Save(collected, _folder.FullName)));
        Assert.Empty(fake.UnreadCollections());
    }
}
