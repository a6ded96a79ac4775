namespace Portcullis.Formats.Output;

/// <summary>
/// A value from input that the output language cannot hold faithfully (a host name with a space in an nftables rule):
/// writers refuse it before writing anything, and the command reports it as bad input (exit 2) rather than writing
/// something that would mean more than the input said.
/// </summary>
public sealed class UnrepresentableValueException : Exception
{
    /// <summary>An exception with the message to print.</summary>
    public UnrepresentableValueException(string message)
        : base(message)
    {
    }

    /// <summary>An exception with no message (for serializers).</summary>
    public UnrepresentableValueException()
    {
    }

    /// <summary>An exception with a message and its cause.</summary>
    public UnrepresentableValueException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
