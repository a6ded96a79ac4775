namespace Portcullis.Application.Hosting;

/// <summary>The exit codes handlers return, the same for every command.</summary>
public static class ExitCodes
{
    /// <summary>The job ran and found nothing to gate on.</summary>
    public const int Success = 0;

    /// <summary>The job ran and found what the user asked to fail on (lint findings, blocked requirements, blocked probes).</summary>
    public const int Findings = 1;

    /// <summary>Bad input or usage: nothing was analysed.</summary>
    public const int BadInput = 2;

    /// <summary>Interrupted (Ctrl+C): 128 + SIGINT, the code shells give a program that an interrupt ended.</summary>
    public const int Interrupted = 130;
}
