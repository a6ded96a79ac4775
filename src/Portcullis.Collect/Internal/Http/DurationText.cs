using System.Globalization;

namespace Portcullis.Collect.Internal.Http;

/// <summary>
/// Durations in the collector's messages, written as the options take them (<c>500ms</c>, <c>5s</c>, <c>1.5s</c>,
/// <c>2m</c>), so that a message about --timeout shows the value the user can type back.
/// </summary>
/// <remarks>
/// The same form as the prober's durations; this assembly references only the engine, so it keeps its own copy, and a
/// test holds the two to the same text.
/// </remarks>
internal static class DurationText
{
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

        return duration < TimeSpan.FromSeconds(1)
            ? $"{Math.Round(duration.TotalMilliseconds, 1).ToString(CultureInfo.InvariantCulture)}ms"
            : $"{duration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)}s";
    }
}
