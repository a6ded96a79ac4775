using System.Collections.Immutable;
using Portcullis.Storage;

namespace Portcullis.Server.Configuration;

/// <summary>Where alerts are sent: a URL that receives a signed JSON body.</summary>
/// <param name="Name">The webhook's name.</param>
/// <param name="Url">Where alerts are posted.</param>
/// <param name="Secret">The key of the HMAC-SHA256 signature.</param>
/// <param name="Kinds">The kinds of alert sent (all when empty).</param>
public sealed record WebhookSettings(string Name, Uri Url, SecretReference Secret, ImmutableArray<AlertKind> Kinds)
{
    /// <summary>Whether alerts of <paramref name="kind"/> go to this webhook.</summary>
    /// <param name="kind">The alert's kind.</param>
    public bool Accepts(AlertKind kind) => Kinds.IsDefaultOrEmpty || Kinds.Contains(kind);
}
