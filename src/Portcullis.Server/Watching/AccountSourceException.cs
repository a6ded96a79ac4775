namespace Portcullis.Server.Watching;

/// <summary>A source could not read its account's configuration.</summary>
public sealed class AccountSourceException : Exception
{
    /// <summary>An exception with no message.</summary>
    public AccountSourceException()
    {
    }

    /// <summary>An exception saying why.</summary>
    /// <param name="message">Why, without secrets.</param>
    public AccountSourceException(string message)
        : base(message)
    {
    }

    /// <summary>An exception saying why, caused by <paramref name="innerException"/>.</summary>
    /// <param name="message">Why, without secrets.</param>
    /// <param name="innerException">The cause.</param>
    public AccountSourceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
