namespace Portcullis.Flows.Classification;

/// <summary>Describes compiled tuple spaces as <see cref="ClassifierStatistics"/>.</summary>
internal static class ClassifierStatisticsOf
{
    public static ClassifierStatistics Build(TupleSpace<uint> ipv4, TupleSpace<UInt128> ipv6)
    {
        var shapes = ipv4.Tables.Select(t => $"IPv4 {t.Shape}: {t.Count} entries, min index {t.MinIndex}")
            .Concat(ipv6.Tables.Select(t => $"IPv6 {t.Shape}: {t.Count} entries, min index {t.MinIndex}"))
            .ToList();
        return new ClassifierStatistics(ipv4.EntryCount + ipv6.EntryCount, ipv4.TableCount + ipv6.TableCount, ipv4.MemoryBytes + ipv6.MemoryBytes, shapes);
    }
}
