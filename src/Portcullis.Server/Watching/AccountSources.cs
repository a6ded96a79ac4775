using System.Collections.Immutable;
using Portcullis.Server.Configuration;

namespace Portcullis.Server.Watching;

/// <summary>
/// The kinds of account source a server can read, each a factory from the configuration's settings: <c>file</c>
/// and <c>url</c> are built in; the collector registers <c>collect</c>.
/// </summary>
public sealed class AccountSources
{
    private readonly ImmutableDictionary<string, Func<SourceSettings, IAccountSource>> _factories;

    private AccountSources(ImmutableDictionary<string, Func<SourceSettings, IAccountSource>> factories)
    {
        _factories = factories;
    }

    /// <summary>The built-in kinds: <c>file</c> and <c>url</c>.</summary>
    /// <param name="client">The HTTP client URL sources use.</param>
    /// <param name="variables">Reads environment variables (for secrets).</param>
    /// <param name="maxBytes">The largest configuration accepted.</param>
    public static AccountSources BuiltIn(HttpClient client, Func<string, string?> variables, long maxBytes) => new(ImmutableDictionary<string, Func<SourceSettings, IAccountSource>>.Empty
        .Add("file", settings => new FileAccountSource(settings.Path!))
        .Add("url", settings => new UrlAccountSource(client, settings.Url!, settings.Secret, variables, maxBytes)));

    /// <summary>The kinds known.</summary>
    public IReadOnlyCollection<string> Kinds => [.. _factories.Keys];

    /// <summary>These kinds and <paramref name="kind"/>, made by <paramref name="factory"/>.</summary>
    /// <param name="kind">The kind's name in the configuration file.</param>
    /// <param name="factory">Makes a source from an account's settings.</param>
    public AccountSources With(string kind, Func<SourceSettings, IAccountSource> factory) => new(_factories.SetItem(kind, factory));

    /// <summary>The source for an account's settings.</summary>
    /// <param name="settings">The settings.</param>
    public IAccountSource Create(SourceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return _factories.TryGetValue(settings.Kind, out var factory)
            ? factory(settings)
            : throw new InvalidOperationException($"No account source of kind '{settings.Kind}' is registered.");
    }
}
