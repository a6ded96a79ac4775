using System.Runtime.InteropServices;

namespace Portcullis.Formats;

/// <summary>
/// What a path names, as the file system sees it: on Linux the device and inode (<c>statx</c>, whose layout is the same
/// on every architecture), so that a symlink, a symlinked directory, a hard link or <c>/proc/self/cwd</c> cannot pass
/// an input off as another file; elsewhere the full path with the final symlink resolved.
/// </summary>
/// <param name="Device">The device (major &lt;&lt; 32 | minor), or 0 where only the path is known.</param>
/// <param name="Inode">The inode, or 0 where only the path is known.</param>
/// <param name="Path">The full path, for platforms without inodes.</param>
/// <param name="IsRegularFile">Whether it is a regular file (not a FIFO, device, socket or directory).</param>
public readonly partial record struct FileIdentity(ulong Device, ulong Inode, string Path, bool IsRegularFile)
{
    private const int AtFdCwd = -100;
    private const uint StatxBasicStats = 0x7ff;
    private const int StatxSize = 256;

    /// <summary>The identity of what <paramref name="path"/> names (following symlinks), or <see langword="null"/> when nothing is there.</summary>
    public static FileIdentity? Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = System.IO.Path.GetFullPath(path);
        if (OperatingSystem.IsLinux())
        {
            Span<byte> buffer = stackalloc byte[StatxSize];
            if (Statx(AtFdCwd, full, 0, StatxBasicStats, ref MemoryMarshal.GetReference(buffer)) != 0)
            {
                return null;
            }

            // struct statx: stx_mode (u16) at 28, stx_ino (u64) at 32, stx_dev_major and stx_dev_minor (u32) at 136 and 140.
            var mode = MemoryMarshal.Read<ushort>(buffer[28..]);
            var inode = MemoryMarshal.Read<ulong>(buffer[32..]);
            var device = ((ulong)MemoryMarshal.Read<uint>(buffer[136..]) << 32) | MemoryMarshal.Read<uint>(buffer[140..]);
            return new FileIdentity(device, inode, full, (mode & 0xF000) == 0x8000);
        }

        if (!File.Exists(full) && !Directory.Exists(full))
        {
            return null;
        }

        var target = File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        return new FileIdentity(0, 0, target, File.Exists(target));
    }

    /// <summary>Compares identities as <see cref="SameFileAs"/> does: by device and inode where known, else by path.</summary>
    public static IEqualityComparer<FileIdentity> SameFile { get; } = new SameFileComparer();

    /// <summary>Whether both name the same file.</summary>
    public bool SameFileAs(FileIdentity other) =>
        Inode != 0 && other.Inode != 0 ? Device == other.Device && Inode == other.Inode : string.Equals(Path, other.Path, StringComparison.Ordinal);

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int directory, string path, int flags, uint mask, ref byte buffer);

    private sealed class SameFileComparer : IEqualityComparer<FileIdentity>
    {
        public bool Equals(FileIdentity x, FileIdentity y) => x.SameFileAs(y);

        // Identities with an inode hash by it; the others (no inodes on this platform) by path, and never meet the first kind.
        public int GetHashCode(FileIdentity obj) => obj.Inode != 0 ? HashCode.Combine(obj.Device, obj.Inode) : StringComparer.Ordinal.GetHashCode(obj.Path);
    }
}
