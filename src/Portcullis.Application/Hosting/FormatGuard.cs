using Portcullis.Formats.Output;

namespace Portcullis.Application.Hosting;

/// <summary>Refuses a format the command's writer does not offer (the command line never asks for one; other callers might).</summary>
public static class FormatGuard
{
    /// <summary>Whether <paramref name="format"/> is refused, after saying so.</summary>
    /// <typeparam name="TFormat">The writer's format enum.</typeparam>
    /// <param name="environment">Where the error goes.</param>
    /// <param name="formats">What the writer offers.</param>
    /// <param name="format">What was asked for.</param>
    public static bool Refuses<TFormat>(CommandEnvironment environment, OutputFormats<TFormat> formats, TFormat format)
        where TFormat : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(formats);
        if (formats.Contains(format))
        {
            return false;
        }

        environment.UsageError($"This command does not write '{format.ToString().ToLowerInvariant()}'. Use one of: {string.Join(", ", formats.Names)}.");
        return true;
    }
}
