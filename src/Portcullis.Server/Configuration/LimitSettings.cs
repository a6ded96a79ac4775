namespace Portcullis.Server.Configuration;

/// <summary>What one client may ask of the server.</summary>
/// <param name="MaxUploadBytes">The largest configuration accepted, in bytes.</param>
/// <param name="RequestsPerMinute">Requests one token (or, before authentication, one address) may make a minute.</param>
/// <param name="ConcurrentComputations">Analyses computed at once; more wait their turn.</param>
public sealed record LimitSettings(long MaxUploadBytes = 32L * 1024 * 1024, int RequestsPerMinute = 600, int ConcurrentComputations = 0)
{
    /// <summary>The analyses computed at once: as configured, or the number of cores.</summary>
    public int EffectiveConcurrentComputations => ConcurrentComputations > 0 ? ConcurrentComputations : Environment.ProcessorCount;
}
