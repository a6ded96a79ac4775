using Portcullis.Formats.Output;

namespace Portcullis.Policies.Formats.Explain;

/// <summary>The formats of a policy explanation.</summary>
public static partial class PolicyExplainWriter
{
    /// <summary>Text and JSON.</summary>
    public static OutputFormats<PolicyExplainFormat> Formats { get; } = OutputFormats<PolicyExplainFormat>.Of(
        (PolicyExplainFormat.Txt, "txt (the default)"),
        (PolicyExplainFormat.Json, "json"));
}
