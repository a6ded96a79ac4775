namespace Portcullis.Storage;

/// <summary>One alert to deliver to one webhook, with its attempts so far (kept across restarts).</summary>
/// <param name="Id">The delivery's number (sent to the receiver, which can use it to drop duplicates).</param>
/// <param name="Alert">The alert.</param>
/// <param name="Webhook">The webhook's name in the server configuration.</param>
/// <param name="State">Where it is.</param>
/// <param name="Attempts">Attempts made.</param>
/// <param name="NextAttemptAt">When the next attempt is due.</param>
/// <param name="LastError">Why the last attempt failed, or <see langword="null"/>.</param>
public sealed record WebhookDelivery(long Id, AlertRecord Alert, string Webhook, DeliveryState State, int Attempts, DateTimeOffset NextAttemptAt, string? LastError);
