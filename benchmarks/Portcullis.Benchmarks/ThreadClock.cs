using System.Runtime.InteropServices;

namespace Portcullis.Benchmarks;

/// <summary>
/// The CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>): on a shared, loaded machine it
/// separates what the code costs from the time it waited for a core. Null where unavailable.
/// </summary>
public static partial class ThreadClock
{
    private const int ThreadCpuTimeId = 3;

    public static TimeSpan? Now()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        return clock_gettime(ThreadCpuTimeId, out var time) == 0 ? TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100)) : null;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", SetLastError = false)]
    private static partial int clock_gettime(int clock, out TimeSpec time);
}
