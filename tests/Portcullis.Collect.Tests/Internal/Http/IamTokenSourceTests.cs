using Microsoft.Extensions.Time.Testing;
using Portcullis.Collect.Internal.Http;
using Portcullis.Testing;
using Portcullis.Testing.IbmCloud;

namespace Portcullis.Collect.Tests.Internal.Http;

/// <summary>Tokens are asked for once, shared, renewed when 80% of their life has passed, and replaced when refused.</summary>
public sealed class IamTokenSourceTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private FakeIbmCloud _fake = null!;
    private HttpClient _http = null!;
    private ApiClient _client = null!;
    private IamTokenSource _tokens = null!;

    public async ValueTask InitializeAsync()
    {
        _fake = await FakeIbmCloud.StartAsync(FakeAccount.FromFile(RepositoryPaths.IksExample), cancellationToken: TestContext.Current.CancellationToken);
        _http = new HttpClient();
        var settings = new CollectorSettings();
        var redactor = new SecretRedactor();
        _client = new ApiClient(_http, settings, _time, redactor, null, _time.GetUtcNow().AddHours(10), null, CancellationToken.None);
        _tokens = new IamTokenSource(_client, CollectBench.EndpointsOf(_fake).IamToken, _fake.ApiKey, _time, redactor);
        _client.Tokens = _tokens;
    }

    public async ValueTask DisposeAsync()
    {
        _tokens.Dispose();
        _client.Dispose();
        _http.Dispose();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task GetTokenAsync_ManyCallsAtOnce_AskIamOnce()
    {
        var tokens = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => _tokens.GetTokenAsync(TestContext.Current.CancellationToken).AsTask()));

        Assert.Single(tokens.Distinct());
        Assert.Equal(1, _tokens.Issued);
        Assert.Single(_fake.Requests, r => r.Path == "/identity/token");
    }

    [Fact]
    public async Task GetTokenAsync_Before80PercentOfItsHour_KeepsTheToken_After_AsksForANewOne()
    {
        var first = await _tokens.GetTokenAsync(TestContext.Current.CancellationToken);

        _time.Advance(TimeSpan.FromMinutes(47));
        Assert.Equal(first, await _tokens.GetTokenAsync(TestContext.Current.CancellationToken));

        // 48 minutes is 80% of the hour the fake's tokens live (expires_in 3600).
        _time.Advance(TimeSpan.FromMinutes(1.5));
        var second = await _tokens.GetTokenAsync(TestContext.Current.CancellationToken);

        Assert.NotEqual(first, second);
        Assert.Equal(2, _tokens.Issued);
    }

    [Fact]
    public async Task Invalidate_TheCurrentToken_MakesTheNextCallAskForAnother()
    {
        var first = await _tokens.GetTokenAsync(TestContext.Current.CancellationToken);

        _tokens.Invalidate("some-older-token");
        Assert.Equal(first, await _tokens.GetTokenAsync(TestContext.Current.CancellationToken));
        _tokens.Invalidate(first);

        Assert.NotEqual(first, await _tokens.GetTokenAsync(TestContext.Current.CancellationToken));
    }
}
