using Portcullis.Fuzz.Execution;

namespace Portcullis.Fuzz.Afl;

/// <summary>Thrown inside the AFL loop so that a broken promise that is not itself a crash (a stack trace printed, an unlocated error) is reported to afl-fuzz as one.</summary>
internal sealed class FindingException : Exception
{
    /// <summary>A finding as an exception.</summary>
    public FindingException(Finding finding)
        : base($"{finding.Kind}: {finding.Signature}\n{finding.Detail}")
    {
    }

    /// <summary>Without a finding (for serialisers).</summary>
    public FindingException()
    {
    }

    /// <summary>With a message.</summary>
    public FindingException(string message)
        : base(message)
    {
    }

    /// <summary>With a message and a cause.</summary>
    public FindingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
