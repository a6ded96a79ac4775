using System.Runtime.InteropServices;

namespace Portcullis.Flows.Classification;

/// <summary>
/// How many leading bits of each field are fixed across an entry's range (its "prefix lengths"), or the lengths a
/// hash table keys on. An entry fits a table when each of its lengths is at least the table's.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct EntryShape(int Source, int Destination, int SourcePort, int DestinationPort, int Protocol)
{
    public bool Covers(EntryShape entry) =>
        entry.Source >= Source && entry.Destination >= Destination && entry.SourcePort >= SourcePort
        && entry.DestinationPort >= DestinationPort && entry.Protocol >= Protocol;

    public override string ToString() => $"({Source},{Destination},{SourcePort},{DestinationPort},{Protocol})";
}
