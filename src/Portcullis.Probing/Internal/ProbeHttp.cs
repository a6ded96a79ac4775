namespace Portcullis.Probing.Internal;

/// <summary>What the probe says about itself on the wire.</summary>
internal static class ProbeHttp
{
    public const string UserAgent = "portcullis-probe/1";
}
