namespace Portcullis.Fuzz.Execution;

/// <summary>What one input did: the exit code the command line returned (0, 1 or 2 are the contract) and what it printed.</summary>
/// <param name="ExitCode">The exit code, as the process would have returned it.</param>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="Exception">An exception that escaped the command (the process would have exited 70), if any.</param>
internal sealed record Outcome(int ExitCode, string Output, string Error, Exception? Exception = null);
