namespace Portcullis.Collect.Command;

/// <summary>
/// Writes the configuration atomically: to a temporary file in the target's folder, flushed to disk, then renamed
/// over the target. A reader sees the old file or the new one, never half of one; a failed or interrupted run
/// leaves the old file as it was and no temporary file behind.
/// </summary>
internal static class ConfigurationFileWriter
{
    public static void Write(string path, CollectedConfiguration configuration)
    {
        var target = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(target)!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                configuration.WriteTo(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
