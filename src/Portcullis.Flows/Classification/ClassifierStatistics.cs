namespace Portcullis.Flows.Classification;

/// <summary>The shape of a compiled classifier, for benchmarks and for choosing between rule layouts.</summary>
/// <param name="Entries">Compiled entries (classifier rules), IPv4 and IPv6 together.</param>
/// <param name="Tables">Hash tables in the tuple spaces.</param>
/// <param name="MemoryBytes">Bytes held by the hash tables' slots (the structure a lookup touches).</param>
/// <param name="TableShapes">Each table as <c>(src,dst,sport,dport,proto) key bits: entries, min index</c>, in lookup order.</param>
public sealed record ClassifierStatistics(int Entries, int Tables, long MemoryBytes, IReadOnlyList<string> TableShapes);
