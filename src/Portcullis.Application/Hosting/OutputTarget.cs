using System.Text;
using Portcullis.Formats;
using Portcullis.Formats.Output;

namespace Portcullis.Application.Hosting;

/// <summary>
/// Writes a command's result to standard output or to the file <c>--output</c> names: to a temporary file first
/// and then into place, so a failed or interrupted run never leaves a half-written file (nor its temporary file), and never
/// over an input file: inputs are compared by identity (<see cref="FileIdentity"/>), not by path. FIFOs, devices and
/// symlinks (such as <c>/dev/stdout</c>) are written in place.
/// </summary>
internal static class OutputTarget
{
    /// <summary>Writes the text produced by <paramref name="write"/>; returns an exit code.</summary>
    /// <param name="environment">Where standard output and errors go.</param>
    /// <param name="output">The file, or <see langword="null"/> for standard output.</param>
    /// <param name="inputs">The files read, which the output must not replace.</param>
    /// <param name="write">Writes the text.</param>
    /// <param name="cancellationToken">Stops before the result is in place.</param>
    /// <param name="option">The option that named the file, for messages.</param>
    public static async Task<int> WriteAsync(
        CommandEnvironment environment, string? output, IEnumerable<string> inputs, Func<TextWriter, CancellationToken, Task> write, CancellationToken cancellationToken, string option = "--output")
    {
        ArgumentNullException.ThrowIfNull(inputs);
        cancellationToken.ThrowIfCancellationRequested();
        if (output is null)
        {
            try
            {
                await write(new CancellableWriter(environment.Output, cancellationToken), cancellationToken).ConfigureAwait(false);
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
        if (Clobbers(target, inputs) is not null)
        {
            return environment.UsageError($"{option} {output} is one of the input files; choose another file so the input is not overwritten");
        }

        var directory = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(directory))
        {
            return environment.UsageError($"{option} {output}: the directory {directory} does not exist");
        }

        // A FIFO, a device, /dev/stdout or any symlink is written in place: renaming over it would replace the node
        // or the link itself (as root, -o /dev/null would break the system's /dev/null).
        if (FileIdentity.Of(target) is { IsRegularFile: false } || new FileInfo(target).LinkTarget is not null)
        {
            return await WriteInPlaceAsync(environment, $"{option} {output}", target, write, cancellationToken).ConfigureAwait(false);
        }

        // The temporary name does not grow with the output's, so any name the directory takes works.
        var temporary = Path.Combine(directory, $".portcullis-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        try
        {
            var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false));
            await using (writer.ConfigureAwait(false))
            {
                await write(new CancellableWriter(writer, cancellationToken), cancellationToken).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temporary, target, overwrite: true);
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            return environment.UsageError($"cannot write {option} {output}: {e.Message}");
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

    // The input the target is (by device and inode), or the directory input that holds it; null when none.
    private static string? Clobbers(string target, IEnumerable<string> inputs)
    {
        if (FileIdentity.Of(target) is not { } output)
        {
            return null;
        }

        foreach (var input in inputs)
        {
            if (FileIdentity.Of(input) is not { } identity)
            {
                continue;
            }

            if (identity.SameFileAs(output))
            {
                return input;
            }

            // A directory input (flow logs): nothing inside it is overwritten either.
            if (Directory.Exists(input))
            {
                for (var parent = Path.GetDirectoryName(target); parent is not null; parent = Path.GetDirectoryName(parent))
                {
                    if (FileIdentity.Of(parent) is { } ancestor && ancestor.SameFileAs(identity))
                    {
                        return input;
                    }
                }
            }
        }

        return null;
    }

    private static async Task<int> WriteInPlaceAsync(CommandEnvironment environment, string named, string target, Func<TextWriter, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        try
        {
            var regular = FileIdentity.Of(target) is { IsRegularFile: true };
            var stream = new FileStream(target, regular ? FileMode.Create : FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1, FileOptions.None);
            var writer = new StreamWriter(stream, new UTF8Encoding(false));
            await using (writer.ConfigureAwait(false))
            {
                await write(new CancellableWriter(writer, cancellationToken), cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return environment.UsageError($"cannot write {named}: {e.Message}");
        }
        catch (UnrepresentableValueException e)
        {
            return environment.UsageError(e.Message);
        }
    }
}
