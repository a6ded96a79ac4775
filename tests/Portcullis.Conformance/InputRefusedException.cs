namespace Portcullis.Conformance;

/// <summary>A case's input that Portcullis refuses (its errors, with file and place): the case fails with them.</summary>
public sealed class InputRefusedException : Exception
{
    public InputRefusedException()
    {
    }

    public InputRefusedException(string message)
        : base(message)
    {
    }

    public InputRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
