using System.Text;
using Portcullis.Formats.Output;

namespace Portcullis.Application.Hosting;

/// <summary>
/// Writes a command's result to standard output or to the file <c>--output</c> names: to a temporary file first
/// and then into place, so a failed or interrupted run never leaves a half-written file, and never over an input file.
/// </summary>
internal static class OutputTarget
{
    /// <summary>Writes the text produced by <paramref name="write"/>; returns an exit code.</summary>
    public static async Task<int> WriteAsync(
        CommandEnvironment environment, string? output, IEnumerable<string> inputs, Func<TextWriter, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        cancellationToken.ThrowIfCancellationRequested();
        if (output is null)
        {
            try
            {
                await write(environment.Output, cancellationToken).ConfigureAwait(false);
            }
            catch (UnrepresentableValueException e)
            {
                // The writer refused a value before writing anything.
                return environment.UsageError(e.Message);
            }

            await environment.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        var target = Path.GetFullPath(output);
        if (inputs.Any(i => string.Equals(Path.GetFullPath(i), target, StringComparison.Ordinal)))
        {
            return environment.UsageError($"--output {output} is one of the input files; choose another file so the input is not overwritten");
        }

        var directory = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(directory))
        {
            return environment.UsageError($"--output {output}: the directory {directory} does not exist");
        }

        var temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Environment.ProcessId}.tmp");
        try
        {
            var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false));
            await using (writer.ConfigureAwait(false))
            {
                await write(writer, cancellationToken).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temporary, target, overwrite: true);
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            return environment.UsageError($"cannot write --output {output}: {e.Message}");
        }
        catch (UnrepresentableValueException e)
        {
            File.Delete(temporary);
            return environment.UsageError(e.Message);
        }
        catch
        {
            // Whatever stopped the writer, no half-written file stays behind.
            File.Delete(temporary);
            throw;
        }
    }
}
