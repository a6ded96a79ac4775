namespace Portcullis.Collect;

/// <summary>The exit codes of <c>portcullis collect</c> (the same as every command's, and 130 for Ctrl+C).</summary>
public static class CollectExitCodes
{
    /// <summary>The configuration was written (warnings, if any, say what was left out).</summary>
    public const int Success = 0;

    /// <summary>Bad usage, no usable API key, or an API call failed for good: nothing was written.</summary>
    public const int Failed = 2;

    /// <summary>Ctrl+C (128 + SIGINT, as shells report an interrupted program): nothing was written.</summary>
    public const int Interrupted = 130;
}
