using SharpFuzz;

namespace Portcullis.Fuzz.Afl;

/// <summary>Adds AFL's branch coverage to the Portcullis assemblies of a published harness, in place (SharpFuzz).</summary>
internal static class Instrumenter
{
    /// <summary>Instruments every Portcullis assembly in <paramref name="folder"/> but the harness itself; returns their names.</summary>
    public static IReadOnlyList<string> Instrument(string folder)
    {
        var assemblies = Directory.GetFiles(folder, "Portcullis.*.dll")
            .Append(Path.Combine(folder, "portcullis.dll"))
            .Where(path => File.Exists(path) && Path.GetFileName(path) != "Portcullis.Fuzz.dll")
            .Order(StringComparer.Ordinal)
            .ToArray();
        foreach (var assembly in assemblies)
        {
            Fuzzer.Instrument(assembly, _ => true, Options.Value);
        }

        return [.. assemblies.Select(Path.GetFileName).OfType<string>()];
    }
}
