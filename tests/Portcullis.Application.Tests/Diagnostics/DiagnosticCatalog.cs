using System.Reflection;
using System.Text;
using Portcullis.Application.Tests.Conventions;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Application.Tests.Diagnostics;

/// <summary>Every diagnostic descriptor Portcullis ships, found by reflection, and the page that documents them.</summary>
internal static class DiagnosticCatalog
{
    /// <summary>One descriptor with the catalog field that defines it.</summary>
    public sealed record Entry(DiagnosticDescriptor Descriptor, FieldInfo Field)
    {
        /// <summary><c>Portcullis.Formats.FormatDiagnostics.InvalidAddress</c>.</summary>
        public string Name => $"{Field.DeclaringType!.FullName}.{Field.Name}";
    }

    /// <summary>Every static field of type <see cref="DiagnosticDescriptor"/> in every shipped assembly, by code.</summary>
    public static IReadOnlyList<Entry> All { get; } = [.. ShippedAssemblies.Names
        .Select(ShippedAssemblies.Load)
        .SelectMany(a => a.GetTypes())
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => new Entry((DiagnosticDescriptor)f.GetValue(null)!, f))
        .OrderBy(e => e.Descriptor.Code, StringComparer.Ordinal)
        .ThenBy(e => e.Name, StringComparer.Ordinal)];

    /// <summary>The classes that hold descriptors.</summary>
    public static IReadOnlyList<Type> Catalogs => [.. All.Select(e => e.Field.DeclaringType!).Distinct().OrderBy(t => t.FullName, StringComparer.Ordinal)];

    /// <summary>The text of <c>docs/diagnostics.md</c>.</summary>
    public static string Document()
    {
        var text = new StringBuilder();
        text.Append("# Diagnostics\n\n");
        text.Append("<!-- Generated from the diagnostic catalogs in src/ by tests/Portcullis.Application.Tests/Diagnostics/DiagnosticCatalogTests.cs;\n");
        text.Append("     do not edit. Regenerate with: PORTCULLIS_BLESS=1 dotnet test --project tests/Portcullis.Application.Tests -->\n\n");
        text.Append("Every problem Portcullis finds in its input is reported with a stable code, the file and the place in it (a JSON or\n");
        text.Append("YAML path, or a line and column), and a message made from the code's template by filling its holes (`{0}`, `{1}` ...).\n");
        text.Append("An **error** is input that cannot be used: every error is listed, not just the first, and the command stops with\n");
        text.Append("exit code 2 (a flow-log replay skips the broken object and reads on). A **warning** is printed beside the answer,\n");
        text.Append("which may be incomplete. A **note** says what the analysis assumed or left out, and is printed only with\n");
        text.Append("`--verbose`. The severities map one to one to SARIF's levels `error`, `warning` and `note`.\n\n");
        text.Append("| Code | Severity | Title |\n|---|---|---|\n");
        foreach (var entry in All)
        {
            var d = entry.Descriptor;
            text.Append($"| [{d.Code}](#{d.Code.ToLowerInvariant()}) | {Word(d.Severity)} | {d.Title} |\n");
        }

        foreach (var entry in All)
        {
            var d = entry.Descriptor;
            text.Append($"\n## {d.Code}\n\n");
            text.Append($"**{d.Title}** ({Word(d.Severity)}; `{entry.Name}`)\n\n");
            text.Append($"Message: `{d.MessageFormat}`\n\n");
            text.Append($"{d.Help}\n");
        }

        return text.ToString();
    }

    private static string Word(Severity severity) => severity.ToString().ToLowerInvariant();
}
