namespace Portcullis.Testing;

/// <summary>
/// Snapshot testing without a library: compares text with a file checked in beside the test. Set
/// <c>PORTCULLIS_BLESS=1</c> to write the current output as the new expectation (then review the diff).
/// </summary>
public static class GoldenFile
{
    /// <summary>Returns null when <paramref name="actual"/> matches the golden file, else a description of the first difference.</summary>
    public static string? Check(string relativePath, string actual, [System.Runtime.CompilerServices.CallerFilePath] string callerFile = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(callerFile)!, relativePath);
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("PORTCULLIS_BLESS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return null;
        }

        if (!File.Exists(path))
        {
            return $"no golden file {path}; run with PORTCULLIS_BLESS=1 to create it, then review it";
        }

        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected == actual)
        {
            return null;
        }

        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end of file>";
            var al = i < a.Length ? a[i] : "<end of file>";
            if (el != al)
            {
                return $"{relativePath} line {i + 1}:\n  expected: {el}\n  actual:   {al}";
            }
        }

        return $"{relativePath}: differs";
    }
}
