namespace Portcullis.Formats.Limits;

/// <summary>A file is larger than <see cref="InputLimits.MaxFileBytes"/>: a problem of the input (an <see cref="IOException"/>), reported with the file's name.</summary>
public sealed class InputTooLargeException : IOException
{
    /// <summary>Creates the error for a limit of <paramref name="limit"/> bytes.</summary>
    /// <param name="limit">The limit that was passed.</param>
    public InputTooLargeException(long limit)
        : base($"the file is too large: {InputLimits.Describe(InputLimits.Bytes(limit), InputLimits.FileBytesVariable)}")
    {
    }

    /// <summary>Creates the error with no message of its own.</summary>
    public InputTooLargeException()
    {
    }

    /// <summary>Creates the error with a message.</summary>
    /// <param name="message">The message.</param>
    public InputTooLargeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InputTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
