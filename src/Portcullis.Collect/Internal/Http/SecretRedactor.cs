using System.Collections.Concurrent;

namespace Portcullis.Collect.Internal.Http;

/// <summary>
/// The secrets of a run (the API key and every token IAM issued), and the last line of defence against them:
/// every text the collector shows or writes passes through <see cref="Redact"/>. No message is built with a
/// secret in the first place; this catches what a server might echo back.
/// </summary>
internal sealed class SecretRedactor
{
    private const string Mask = "[redacted]";

    // Shorter strings could match innocent text; keys and tokens are far longer.
    private const int MinimumLength = 8;

    private readonly ConcurrentDictionary<string, byte> _secrets = new(StringComparer.Ordinal);

    /// <summary>Adds a secret to hide.</summary>
    public void Add(string secret)
    {
        if (secret.Length >= MinimumLength)
        {
            _secrets.TryAdd(secret, 0);
        }
    }

    /// <summary>The text with every secret masked and control characters replaced, so nothing raw reaches a terminal.</summary>
    public string Redact(string text)
    {
        foreach (var secret in _secrets.Keys)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return Printable(text);
    }

    /// <summary>The text with control characters (escape sequences, carriage returns, bells) replaced by <c>?</c>.</summary>
    public static string Printable(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? '?' : source[i];
            }
        });
    }
}
