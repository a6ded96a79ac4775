using System.Collections.Immutable;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Server.Configuration;

/// <summary>What the server watches and whom it tells: the configuration file, read whole (replaced whole, never changed in place).</summary>
public sealed record ServerConfiguration
{
    /// <summary>A configuration with nothing to watch: uploads only.</summary>
    public static ServerConfiguration Empty { get; } = new();

    /// <summary>The accounts.</summary>
    public ImmutableArray<AccountSettings> Accounts { get; init; } = [];

    /// <summary>The clusters.</summary>
    public ImmutableArray<ClusterSettings> Clusters { get; init; } = [];

    /// <summary>The webhooks.</summary>
    public ImmutableArray<WebhookSettings> Webhooks { get; init; } = [];

    /// <summary>The least lint severity that raises an alert for a new finding.</summary>
    public Severity LintAlertSeverity { get; init; } = Severity.Error;

    /// <summary>The request limits.</summary>
    public LimitSettings Limits { get; init; } = new();
}
