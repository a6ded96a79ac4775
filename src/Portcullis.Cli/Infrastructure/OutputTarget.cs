namespace Portcullis.Cli.Infrastructure;

/// <summary>
/// Writes a command's result to standard output or to the file <c>--output</c> names: to a temporary file first
/// and then into place, so a failed run never leaves a half-written file, and never over an input file.
/// </summary>
internal static class OutputTarget
{
    /// <summary>Writes the text produced by <paramref name="write"/>; returns an exit code.</summary>
    public static int Write(CommandContext context, FileInfo? output, IEnumerable<FileInfo> inputs, Action<TextWriter> write)
    {
        if (output is null)
        {
            write(context.Output);
            context.Output.Flush();
            return ExitCodes.Success;
        }

        var target = Path.GetFullPath(output.FullName);
        if (inputs.Any(i => string.Equals(Path.GetFullPath(i.FullName), target, StringComparison.Ordinal)))
        {
            return context.UsageError($"--output {output} is one of the input files; choose another file so the input is not overwritten");
        }

        var directory = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(directory))
        {
            return context.UsageError($"--output {output}: the directory {directory} does not exist");
        }

        var temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(false)))
            {
                write(writer);
            }

            File.Move(temporary, target, overwrite: true);
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            return context.UsageError($"cannot write --output {output}: {e.Message}");
        }
        catch
        {
            // Whatever stopped the writer, no half-written file stays behind.
            File.Delete(temporary);
            throw;
        }
    }
}
