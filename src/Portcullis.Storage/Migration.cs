namespace Portcullis.Storage;

/// <summary>One step of a store's schema: its version and the SQL that brings the previous version to it.</summary>
/// <param name="Version">The version after the step (1, 2, ...).</param>
/// <param name="Sql">The statements, separated by semicolons at line ends.</param>
public sealed record Migration(int Version, string Sql)
{
    /// <summary>The migrations embedded in <paramref name="assembly"/> as resources named <c>Migrations.NNN_name.sql</c>, in order.</summary>
    /// <param name="assembly">The provider's assembly.</param>
    public static IReadOnlyList<Migration> FromResources(System.Reflection.Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var migrations = new List<Migration>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Migrations.", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal)))
        {
            var file = name["Migrations.".Length..];
            var digits = new string([.. file.TakeWhile(char.IsAsciiDigit)]);
            if (!int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"The migration {name} does not start with its version number.");
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            migrations.Add(new Migration(version, reader.ReadToEnd()));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"The migrations of {assembly.GetName().Name} skip or repeat version {i + 1}.");
            }
        }

        return migrations;
    }

    /// <summary>The statements of <see cref="Sql"/>, one by one (split at semicolons that end a line; comments dropped).</summary>
    public IEnumerable<string> Statements()
    {
        var current = new System.Text.StringBuilder();
        foreach (var raw in Sql.Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.TrimStart().StartsWith("--", StringComparison.Ordinal))
            {
                continue;
            }

            current.Append(line).Append('\n');
            if (line.EndsWith(';'))
            {
                yield return current.ToString().Trim();
                current.Clear();
            }
        }

        if (current.ToString().Trim() is { Length: > 0 } rest)
        {
            yield return rest;
        }
    }
}
