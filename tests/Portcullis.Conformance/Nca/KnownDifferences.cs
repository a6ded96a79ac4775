namespace Portcullis.Conformance.Nca;

/// <summary>The committed list of NCA cases where Portcullis deliberately differs, each with its reason.</summary>
public static class KnownDifferences
{
    /// <summary>The list shipped beside the runner (apart from np-guard's, which the conformance tests keep).</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "known-differences-nca.txt");

    /// <summary>Reads <c>id | reason</c> lines; <c>#</c> starts a comment.</summary>
    public static IReadOnlyDictionary<string, string> Read(string path) =>
        File.ReadAllLines(path)
            .Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'))
            .Select(l => l.Split(" | ", 2))
            .ToDictionary(p => p[0].Trim(), p => p.Length > 1 ? p[1].Trim() : "", StringComparer.Ordinal);
}
