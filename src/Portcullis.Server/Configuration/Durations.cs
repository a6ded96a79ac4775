using System.Globalization;

namespace Portcullis.Server.Configuration;

/// <summary>Durations as the configuration file writes them: <c>30s</c>, <c>15m</c>, <c>1h</c>, <c>1d</c>.</summary>
public static class Durations
{
    /// <summary>Reads a duration; <see langword="false"/> for anything else (or zero).</summary>
    /// <param name="text">The text.</param>
    /// <param name="duration">The duration.</param>
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        text = text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length < 2
            || !long.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0 || count > 100_000)
        {
            return false;
        }

        TimeSpan? unit = text[^1] switch
        {
            's' => TimeSpan.FromSeconds(1),
            'm' => TimeSpan.FromMinutes(1),
            'h' => TimeSpan.FromHours(1),
            'd' => TimeSpan.FromDays(1),
            _ => null,
        };
        if (unit is null)
        {
            return false;
        }

        duration = unit.Value * count;
        return true;
    }

    /// <summary>Writes a duration in the largest unit that divides it.</summary>
    /// <param name="duration">The duration.</param>
    public static string Format(TimeSpan duration) =>
        duration.Ticks % TimeSpan.TicksPerDay == 0 ? $"{duration.Ticks / TimeSpan.TicksPerDay}d"
        : duration.Ticks % TimeSpan.TicksPerHour == 0 ? $"{duration.Ticks / TimeSpan.TicksPerHour}h"
        : duration.Ticks % TimeSpan.TicksPerMinute == 0 ? $"{duration.Ticks / TimeSpan.TicksPerMinute}m"
        : $"{(long)duration.TotalSeconds}s";
}
