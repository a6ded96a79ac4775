namespace Portcullis.Formats.Graph;

/// <summary>The layout engine behind an <see cref="ISvgLayout"/> is missing, failed or took too long.</summary>
public sealed class GraphLayoutException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GraphLayoutException()
    {
    }

    /// <summary>Creates the exception with a message for the user.</summary>
    /// <param name="message">What went wrong.</param>
    public GraphLayoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message for the user and what caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public GraphLayoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>What the user can do about it (such as how to install the engine), if anything.</summary>
    public string? Hint { get; init; }
}
