namespace Portcullis.Conformance.Golden;

/// <summary>
/// A golden file the conformance parsers cannot read: the case fails with this reason instead of crashing the run.
/// The message names the place (JSON path or line) where the reading stopped.
/// </summary>
public sealed class GoldenFormatException : Exception
{
    public GoldenFormatException()
    {
    }

    public GoldenFormatException(string message)
        : base(message)
    {
    }

    public GoldenFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Runs a golden parser; whatever stops it becomes a <see cref="GoldenFormatException"/> with its reason.</summary>
    public static T Reading<T>(Func<T> parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        try
        {
            return parse();
        }
        catch (GoldenFormatException)
        {
            throw;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException or IndexOutOfRangeException or KeyNotFoundException or System.Text.Json.JsonException or OverflowException)
        {
            // The parsers read a foreign format line by line; an index past a short line or a value of the wrong JSON
            // kind means the golden is not in a form they know, which is a finding about the golden, not a crash.
            throw new GoldenFormatException($"{e.GetType().Name}: {e.Message}", e);
        }
    }
}
