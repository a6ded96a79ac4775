namespace Portcullis.Fuzz.Execution;

/// <summary>The promises every reader makes on any input (issue "Safe with hostile input").</summary>
internal enum FindingKind
{
    /// <summary>An exception escaped (exit 70 from the real process) or a stack trace was printed.</summary>
    Crash,

    /// <summary>An exit code other than 0, 1 or 2.</summary>
    ExitCode,

    /// <summary>The input took longer than the time limit.</summary>
    Hang,

    /// <summary>Exit 2 without naming the file the problem is in.</summary>
    Unlocated,

    /// <summary>A control character from the input reached standard output or standard error raw.</summary>
    RawControlCharacter,

    /// <summary>The process grew past the memory limit.</summary>
    Memory,
}
