using System.Reflection;
using Portcullis.Policies.Evaluation;

namespace Portcullis.Policies.Tests.Conventions;

/// <summary>House conventions, checked by reflection so they hold for code not yet written.</summary>
public sealed class ConventionTests
{
    private static readonly Assembly Policies = typeof(PolicyConnectivity).Assembly;

    // Strings that name things (resources, namespaces, tiers, profiles, kinds) or key them, never prose.
    private static readonly string[] Identifiers = [".Name", ".Tier", ".Profile", ".Namespace", ".ResourceKind", ".Key"];

    [Fact]
    public void PublicClasses_AreSealedAbstractOrStatic() =>
        Assert.Empty(Policies.GetExportedTypes().Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t)).Select(t => t.FullName));

    [Fact]
    public void PublicStructs_AreReadOnly() =>
        Assert.Empty(Policies.GetExportedTypes().Where(t => t.IsValueType && !t.IsEnum && t.GetCustomAttributes().All(a => a.GetType().Name != "IsReadOnlyAttribute")).Select(t => t.FullName));

    [Fact]
    public void Results_HoldNoSentences()
    {
        // Facts, not sentences: the engine's public records carry no free text but names, ids and values.
        var stringProperties = Policies.GetExportedTypes()
            .Where(t => t.Namespace!.EndsWith(".Analysis", StringComparison.Ordinal) || t.Namespace!.EndsWith(".Evaluation", StringComparison.Ordinal))
            .SelectMany(t => t.GetProperties().Where(p => p.PropertyType == typeof(string)).Select(p => $"{t.Name}.{p.Name}"))
            .Where(n => !Identifiers.Any(suffix => n.EndsWith(suffix, StringComparison.Ordinal)))
            .ToList();
        Assert.Empty(stringProperties);
    }
}
