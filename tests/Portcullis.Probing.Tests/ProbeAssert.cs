namespace Portcullis.Probing.Tests;

/// <summary>Assertions that print the failure and warnings when the status is not the expected one.</summary>
internal static class ProbeAssert
{
    public static void Status(ProbeStatus expected, ProbeResult result)
    {
        var why = $"{result.Failure}; warnings: {string.Join("; ", result.Warnings)}";
        Assert.True(expected == result.Status, $"expected {expected}, got {result.Status}: {why}");
    }
}
