namespace Portcullis.Collect.Tests;

/// <summary>The house conventions Core's convention tests check, held for this assembly too.</summary>
public sealed class ConventionTests
{
    [Fact]
    public void PublicClasses_AreSealedAbstractOrStatic() =>
        Assert.Empty(typeof(AccountCollector).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t))
            .Select(t => t.FullName));

    [Fact]
    public void PublicStructs_AreReadOnly() =>
        Assert.Empty(typeof(AccountCollector).Assembly.GetExportedTypes()
            .Where(t => t.IsValueType && !t.IsEnum && t.GetCustomAttributes(false).All(a => a.GetType().Name != "IsReadOnlyAttribute"))
            .Select(t => t.FullName));
}
