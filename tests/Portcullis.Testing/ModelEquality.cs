using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Testing;

/// <summary>
/// Structural equality of model values, for round-trip tests: Portcullis's record classes (the configuration model,
/// cluster descriptions ...) property by property, arrays element by element in order, every other value by its own <c>Equals</c>; where each object was
/// read (<see cref="SourceLocation"/>) is left out. Record equality cannot serve: it compares
/// <see cref="ImmutableArray{T}"/> fields by reference.
/// </summary>
public static class ModelEquality
{
    /// <summary>The first difference between two values, as a path and both values; <see langword="null"/> when equal.</summary>
    public static string? FirstDifference(object? expected, object? actual) => Compare(expected, actual, "$");

    private static string? Compare(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: expected {expected ?? "null"}, read back {actual ?? "null"}";
        }

        var type = expected.GetType();
        if (type != actual.GetType())
        {
            return $"{path}: expected a {type.Name}, read back a {actual.GetType().Name}";
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            return CompareSequences(Items(expected), Items(actual), path);
        }

        if (IsRecordClass(type) && type.Namespace?.StartsWith("Portcullis.", StringComparison.Ordinal) == true)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                // Interface-typed properties (IEnumerable<string> PoolIds) are views computed from the others.
                if (property.GetIndexParameters().Length > 0 || property.PropertyType == typeof(SourceLocation) || property.PropertyType.IsInterface)
                {
                    continue;
                }

                if (Compare(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}") is { } difference)
                {
                    return difference;
                }
            }

            return null;
        }

        return expected.Equals(actual) ? null : $"{path}: expected {expected}, read back {actual}";
    }

    // Record classes have the compiler's EqualityContract; record structs (IpPrefix) and other values compare by Equals.
    private static bool IsRecordClass(Type type) =>
        type.IsClass && type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is not null;

    private static List<object?> Items(object array)
    {
        // A default ImmutableArray reads as empty, as the model treats it.
        var isDefault = (bool)array.GetType().GetProperty(nameof(ImmutableArray<int>.IsDefault))!.GetValue(array)!;
        return isDefault ? [] : [.. ((IEnumerable)array).Cast<object?>()];
    }

    private static string? CompareSequences(List<object?> expected, List<object?> actual, string path)
    {
        if (expected.Count != actual.Count)
        {
            return $"{path}: expected {expected.Count} items, read back {actual.Count}";
        }

        for (var i = 0; i < expected.Count; i++)
        {
            if (Compare(expected[i], actual[i], $"{path}[{i}]") is { } difference)
            {
                return difference;
            }
        }

        return null;
    }
}
