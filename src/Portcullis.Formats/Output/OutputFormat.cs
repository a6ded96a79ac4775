namespace Portcullis.Formats.Output;

/// <summary>One format a writer offers: its value, the name users type, and how help describes it.</summary>
/// <typeparam name="TFormat">The writer's format enum.</typeparam>
/// <param name="Format">The value.</param>
/// <param name="Name">The name on the command line and in files, lower-case (<c>txt</c>, <c>sarif</c>).</param>
/// <param name="Help">How help lists it: the name, and what it is where the name does not say (<c>dot (Graphviz)</c>).</param>
public sealed record OutputFormat<TFormat>(TFormat Format, string Name, string Help)
    where TFormat : struct, Enum;
