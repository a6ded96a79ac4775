namespace Portcullis.Formats.Yaml;

/// <summary>Why a YAML text could not be loaded, and where.</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
/// <param name="Message">The problem, one line, without the position.</param>
/// <param name="IsLimit">Whether a limit of <see cref="Limits.InputLimits"/> was passed, rather than the syntax broken.</param>
public readonly record struct YamlLoadError(int Line, int Column, string Message, bool IsLimit);
