using Spectre.Console;

namespace Portcullis.Collect;

/// <summary>Where <c>portcullis collect</c> reads its environment and writes its words: given, so tests can run it in-process.</summary>
/// <param name="Output">Standard output (the summary).</param>
/// <param name="Error">Standard error (warnings and errors).</param>
/// <param name="Environment">Reads an environment variable (the API key).</param>
/// <param name="Time">The clock for timeouts and waits.</param>
/// <param name="Terminal">A console for the live progress display, or <see langword="null"/> when the output is not a terminal.</param>
public sealed record CollectConsole(TextWriter Output, TextWriter Error, Func<string, string?> Environment, TimeProvider Time, IAnsiConsole? Terminal);
