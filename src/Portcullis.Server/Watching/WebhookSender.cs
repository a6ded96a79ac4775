using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Portcullis.Server.Configuration;
using Portcullis.Storage;

namespace Portcullis.Server.Watching;

/// <summary>
/// Posts an alert to a webhook: a JSON body signed with HMAC-SHA256 under the webhook's secret
/// (<c>X-Portcullis-Signature: sha256=HEX</c> over the exact body bytes), and says when to try again if it failed.
/// </summary>
internal sealed class WebhookSender(HttpClient client, ServerConfiguration configuration, Func<string, string?> variables, TimeProvider time)
{
    public const string SignatureHeader = "X-Portcullis-Signature";

    public const string DeliveryHeader = "X-Portcullis-Delivery";

    /// <summary>Attempts before a delivery is abandoned.</summary>
    public const int MostAttempts = 8;

    /// <summary>The wait after the first failure; it doubles after each, up to <see cref="LongestWait"/>.</summary>
    public static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan LongestWait = TimeSpan.FromHours(1);

    /// <summary>The outcome of one attempt: delivered, or the reason and when to try next (<see langword="null"/> when abandoned).</summary>
    public sealed record Outcome(bool Delivered, string? Problem, DateTimeOffset? NextAttemptAt);

    public static byte[] Body(WebhookDelivery delivery, DateTimeOffset sentAt)
    {
        var alert = delivery.Alert;
        return JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?>
        {
            ["delivery"] = delivery.Id,
            ["sentAt"] = sentAt.ToString("O", CultureInfo.InvariantCulture),
            ["alert"] = new Dictionary<string, object?>
            {
                ["id"] = alert.Id,
                ["kind"] = AlertKinds.Name(alert.Kind),
                ["account"] = alert.Account,
                ["snapshot"] = alert.SnapshotId,
                ["subject"] = alert.Subject,
                ["severity"] = alert.Severity,
                ["message"] = alert.Message,
                ["raisedAt"] = alert.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
            },
        });
    }

    public static string Sign(byte[] body, string secret) => "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>When the next attempt is due after <paramref name="attempts"/> failures, honouring the receiver's Retry-After (within limits).</summary>
    public static DateTimeOffset? NextAttempt(DateTimeOffset now, int attempts, TimeSpan? retryAfter)
    {
        if (attempts >= MostAttempts)
        {
            return null;
        }

        var backoff = TimeSpan.FromTicks(Math.Min(LongestWait.Ticks, FirstWait.Ticks << Math.Min(attempts - 1, 20)));
        var wait = retryAfter is { } asked && asked > backoff ? TimeSpan.FromTicks(Math.Min(asked.Ticks, LongestWait.Ticks)) : backoff;
        return now + wait;
    }

    public async Task<Outcome> SendAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var attempts = delivery.Attempts + 1;
        var webhook = configuration.Webhooks.FirstOrDefault(w => w.Name == delivery.Webhook);
        if (webhook is null)
        {
            return new Outcome(false, $"the webhook '{delivery.Webhook}' is no longer configured", null);
        }

        if (!webhook.Secret.TryRead(variables, out var secret, out var problem))
        {
            return Failed(problem!, null);
        }

        var body = Body(delivery, time.GetUtcNow());
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(SignatureHeader, Sign(body, secret));
        request.Headers.Add(DeliveryHeader, delivery.Id.ToString(CultureInfo.InvariantCulture));
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(15));
            using var response = await client.SendAsync(request, timeout.Token).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return new Outcome(true, null, null);
            }

            var retryAfter = response.Headers.RetryAfter is { } header
                ? header.Delta ?? (header.Date is { } date ? date - time.GetUtcNow() : null)
                : null;
            return Failed($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}", response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable ? retryAfter : null);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return Failed(e is OperationCanceledException ? "no answer within 15 s" : e.Message, null);
        }

        Outcome Failed(string why, TimeSpan? retryAfter) => new(false, why, NextAttempt(time.GetUtcNow(), attempts, retryAfter));
    }
}
