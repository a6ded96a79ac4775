using Portcullis.Core.Diagnostics;

namespace Portcullis.Policies.Formats.Reading;

/// <summary>Whether reading a resource found errors (such a resource is rejected, the others are still read).</summary>
internal static class Problems
{
    public static bool ErrorsSince(DiagnosticBag diagnostics, int before) =>
        diagnostics.ToImmutable().Skip(before).Any(d => d.Severity == Severity.Error);
}
