using System.Text.RegularExpressions;
using Portcullis.Core.Diagnostics;
using Portcullis.Formats;
using Portcullis.Testing;

namespace Portcullis.Application.Tests.Diagnostics;

/// <summary>
/// Every diagnostic code is defined once, in a catalog, documented in <c>docs/diagnostics.md</c>, and used: the
/// catalogs are found by reflection over every shipped assembly, so a new catalog or code is covered unasked.
/// </summary>
public sealed partial class DiagnosticCatalogTests
{
    private static readonly string Source = Path.Combine(RepositoryPaths.Root, "src");

    [Fact]
    public void Catalogs_TogetherDefineEveryKnownCode()
    {
        // Not a count to bump: a floor that fails if reflection stops seeing a catalog (a renamed field type, an assembly left out).
        Assert.True(DiagnosticCatalog.All.Count >= 90, $"only {DiagnosticCatalog.All.Count} descriptors found");
        Assert.Contains(DiagnosticCatalog.All, e => e.Descriptor == FormatDiagnostics.CidrHostBitsSet);
        Assert.Contains(DiagnosticCatalog.All, e => e.Descriptor == TopologyDiagnostics.VpcWithoutSubnets);
    }

    [Fact]
    public void Codes_AreUnique()
    {
        var duplicates = DiagnosticCatalog.All.GroupBy(e => e.Descriptor.Code).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(e => e.Name))}").ToList();
        Assert.True(duplicates.Count == 0, string.Join('\n', duplicates));
    }

    [Fact]
    public void Descriptors_AreWellFormed()
    {
        var problems = new List<string>();
        foreach (var entry in DiagnosticCatalog.All)
        {
            var d = entry.Descriptor;
            if (!CodePattern().IsMatch(d.Code))
            {
                problems.Add($"{entry.Name}: code {d.Code}");
            }

            if (!char.IsUpper(d.Title[0]) || d.Title.EndsWith('.'))
            {
                problems.Add($"{entry.Name}: a title is a capitalised name without a full stop: '{d.Title}'");
            }

            // Messages follow a location and a code on one line: no full stop (an ellipsis is text), no line break.
            if ((d.MessageFormat.EndsWith('.') && !d.MessageFormat.EndsWith("...", StringComparison.Ordinal)) || d.MessageFormat.Contains('\n', StringComparison.Ordinal))
            {
                problems.Add($"{entry.Name}: message '{d.MessageFormat}'");
            }

            if (!d.Help.EndsWith('.') || d.Help.Contains('\n', StringComparison.Ordinal))
            {
                problems.Add($"{entry.Name}: help is one paragraph of sentences: '{d.Help}'");
            }

            if (!entry.Field.IsInitOnly || !entry.Field.IsPublic)
            {
                problems.Add($"{entry.Name}: descriptors are public static readonly fields");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Catalogs_AreStaticClassesNamedForTheirDiagnostics()
    {
        var wrong = DiagnosticCatalog.Catalogs.Where(t => !(t.IsAbstract && t.IsSealed) || !t.Name.EndsWith("Diagnostics", StringComparison.Ordinal) || !t.IsPublic)
            .Select(t => t.FullName).ToList();
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Fact]
    public void DiagnosticsDocument_ListsEveryDescriptor()
    {
        Assert.Null(GoldenFile.Check("../../../docs/diagnostics.md", DiagnosticCatalog.Document()));
    }

    [Fact]
    public void Sources_HaveNoCodeLiteralOutsideTheCatalogs()
    {
        // A code written as a literal elsewhere is a second definition (or a comparison that a renumbering breaks).
        var catalogFiles = DiagnosticCatalog.Catalogs.Select(t => t.Name + ".cs").ToHashSet(StringComparer.Ordinal);
        var literals = SourceFiles()
            .Where(f => !catalogFiles.Contains(Path.GetFileName(f)))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(l => CodeLiteral().IsMatch(l.line))
            .Select(l => $"{Path.GetRelativePath(RepositoryPaths.Root, l.f)}:{l.i + 1}: {l.line.Trim()}").ToList();
        Assert.True(literals.Count == 0, string.Join('\n', literals));
    }

    [Fact]
    public void Descriptors_AreEachReportedSomewhere()
    {
        // Reflection cannot see a use, so the sources are searched for Catalog.Field outside the catalog's own file.
        var text = string.Join('\n', SourceFiles()
            .Where(f => !DiagnosticCatalog.Catalogs.Any(t => Path.GetFileName(f) == t.Name + ".cs"))
            .Select(File.ReadAllText));
        var unused = DiagnosticCatalog.All
            .Where(e => !text.Contains($"{e.Field.DeclaringType!.Name}.{e.Field.Name}", StringComparison.Ordinal))
            .Select(e => e.Name).ToList();
        Assert.True(unused.Count == 0, string.Join('\n', unused));
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [GeneratedRegex("^PC[0-9]{4}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("\"PC[0-9]{4}\"")]
    private static partial Regex CodeLiteral();
}
