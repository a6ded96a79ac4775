using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Portcullis.Probing;

/// <summary>Durations as people write them in options and files: <c>500ms</c>, <c>5s</c>, <c>1.5s</c>, <c>2m</c>.</summary>
public static class ProbeDuration
{
    /// <summary>
    /// Parses a positive duration: a number with the unit <c>ms</c>, <c>s</c>, <c>m</c> or <c>h</c>; a number alone
    /// is seconds.
    /// </summary>
    public static bool TryParse(string? text, out TimeSpan duration, [NotNullWhen(false)] out string? error)
    {
        duration = default;
        error = null;
        var spec = text?.Trim().ToLowerInvariant() ?? string.Empty;
        var (number, unit) = spec.EndsWith("ms", StringComparison.Ordinal) ? (spec[..^2], 0.001)
            : spec.EndsWith('s') ? (spec[..^1], 1.0)
            : spec.EndsWith('m') ? (spec[..^1], 60.0)
            : spec.EndsWith('h') ? (spec[..^1], 3600.0)
            : (spec, 1.0);
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value <= 0 || value * unit > 86400)
        {
            error = $"'{text}' is not a duration: write a positive number with ms, s, m or h, such as 500ms, 5s or 2m (at most 24h)";
            return false;
        }

        duration = TimeSpan.FromMilliseconds(Math.Max(1, Math.Round(value * unit * 1000)));
        return true;
    }

    /// <summary>The shortest exact text of the forms <see cref="TryParse"/> reads: <c>500ms</c>, <c>5s</c>, <c>1.5s</c>, <c>2m</c>.</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration.Ticks % TimeSpan.TicksPerMinute == 0 && duration >= TimeSpan.FromMinutes(1))
        {
            return $"{(long)duration.TotalMinutes}m";
        }

        if (duration.Ticks % TimeSpan.TicksPerSecond == 0)
        {
            return $"{(long)duration.TotalSeconds}s";
        }

        return duration < TimeSpan.FromSeconds(1) ? $"{Math.Round(duration.TotalMilliseconds, 1).ToString(CultureInfo.InvariantCulture)}ms" : $"{duration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)}s";
    }

    /// <summary>Elapsed time for reports: whole milliseconds, <c>0 ms</c> below one.</summary>
    public static string Milliseconds(TimeSpan elapsed) => $"{(long)Math.Round(elapsed.TotalMilliseconds)} ms";
}
