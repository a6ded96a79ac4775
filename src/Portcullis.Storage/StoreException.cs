namespace Portcullis.Storage;

/// <summary>The store cannot be used as it is (a schema newer than this version knows, a database that cannot be reached).</summary>
public sealed class StoreException : Exception
{
    /// <summary>An exception with no message.</summary>
    public StoreException()
    {
    }

    /// <summary>An exception saying what is wrong.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    public StoreException(string message)
        : base(message)
    {
    }

    /// <summary>An exception saying what is wrong, caused by <paramref name="innerException"/>.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="innerException">The cause.</param>
    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
