namespace Portcullis.Server.Questions;

/// <summary>An answer: the command's exit code, output and error text, and whether it was stored already.</summary>
internal sealed record QuestionAnswer(string Key, int ExitCode, string ContentType, byte[] Body, string Messages, bool Cached)
{
    /// <summary>Whether the command ran (exit 0, or 1 for findings), rather than refusing its input.</summary>
    public bool Succeeded => ExitCode is 0 or 1;
}
