namespace Portcullis.Policies.Formats.Handlers;

/// <summary>The exit codes policy commands return (the same as every Portcullis command).</summary>
public static class PolicyExitCodes
{
    /// <summary>The job ran; nothing to gate on.</summary>
    public const int Success = 0;

    /// <summary>Findings or differences the user asked to fail on.</summary>
    public const int Findings = 1;

    /// <summary>Bad input or usage: nothing was analysed.</summary>
    public const int BadInput = 2;
}
