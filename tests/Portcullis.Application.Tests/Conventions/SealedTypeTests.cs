using System.Reflection;

namespace Portcullis.Application.Tests.Conventions;

/// <summary>House conventions, checked by reflection so they hold for code not yet written.</summary>
public sealed class SealedTypeTests
{
    public static TheoryData<string> Assemblies => [.. ShippedAssemblies.Names];

    private static Assembly Load(string name) => ShippedAssemblies.Load(name);

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void PublicClasses_AreSealedAbstractOrStatic(string assembly)
    {
        // A class open for inheritance is a contract; none of ours is meant to be one.
        var open = Load(assembly).GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(open);
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void PublicStructs_AreReadOnly(string assembly)
    {
        var mutable = Load(assembly).GetExportedTypes()
            .Where(t => t.IsValueType && !t.IsEnum && t.GetCustomAttributes().All(a => a.GetType().Name != "IsReadOnlyAttribute"))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(mutable);
    }
}
